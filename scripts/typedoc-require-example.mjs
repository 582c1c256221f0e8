// A typedoc plugin: every exported function, class and constant needs an @example in its TSDoc.
// It warns (an error under treatWarningsAsErrors) naming each one that has none.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const kinds = ReflectionKind.Function | ReflectionKind.Class | ReflectionKind.Variable;
    for (const reflection of context.project.getReflectionsByKind(kinds)) {
      const comments = [reflection.comment];
      if ('signatures' in reflection && Array.isArray(reflection.signatures)) {
        comments.push(...reflection.signatures.map((signature) => signature.comment));
      }
      const hasExample = comments.some((comment) => comment?.getTag('@example') !== undefined);
      if (!hasExample) {
        app.logger.warn(`${reflection.getFullName()} (${ReflectionKind.singularString(reflection.kind)}) has no @example`);
      }
    }
  });
}
