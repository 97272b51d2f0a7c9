// A problem with the evaluation's input (a data file, the accepted figures, an option): reported to the
// person in one message, without a stack trace.
export class EvalDataError extends Error {
  override name = 'EvalDataError';
}
