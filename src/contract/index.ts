// The contract between the core and the surfaces: types and their codecs, importing nothing else from src/.
export * from './actions.js';
export * from './checklist.js';
export * from './commands.js';
export * from './ids.js';
export * from './input.js';
export * from './person.js';
export * from './reply.js';
export * from './surface.js';
