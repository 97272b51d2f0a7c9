// What a running surface (Discord, Slack, the terminal) reports to the process that started it.

export interface SurfaceHealth {
  ok: boolean;
  [detail: string]: unknown;
}

export interface RunningSurface {
  name: string;
  stop(): Promise<void>;
  /** Settles when the surface has failed for good (e.g. Discord closed the gateway with an unrecoverable code). */
  fatal?: Promise<Error> | undefined;
  /** Whether the surface is connected and serving, for /healthz. */
  health?(): SurfaceHealth;
}
