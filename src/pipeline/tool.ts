// The tool's major version: a new major may change every design, a minor or patch must not.
export const TOOL_MAJOR = 1;
