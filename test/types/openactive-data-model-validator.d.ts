/** The validator ships no types; this is the part of its API the tests use. */
declare module '@openactive/data-model-validator' {
  export interface ValidationResult {
    readonly category: string;
    readonly type: string;
    readonly severity: 'failure' | 'warning' | 'notice' | 'suggestion';
    readonly path: string;
    readonly message: string;
  }
  // CommonJS: only the default export is reliable under Node's ESM loader.
  const validator: {
    validate(
      data: unknown,
      options?: { validationMode?: string; loadRemoteJson?: boolean; version?: string },
    ): Promise<ValidationResult[]>;
  };
  export default validator;
}
