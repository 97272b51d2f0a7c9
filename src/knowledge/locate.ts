// Remembers where each loaded item came from, so later checks can point at a line without storing parse trees on the data.
const locators = new WeakMap<object, (path: readonly PropertyKey[]) => number | undefined>();

export function rememberLocation(item: object, locate: (path: readonly PropertyKey[]) => number | undefined): void {
  locators.set(item, locate);
}

export function lineOfField(item: object, path: readonly PropertyKey[]): number | undefined {
  return locators.get(item)?.(path);
}
