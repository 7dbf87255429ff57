package io.pilothouse.model.validation.crd;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.OptionalType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles {@code x-kubernetes-validations} expressions with CEL-Java in an environment close to kube-apiserver's:
 * the standard library and macros, the strings and lists extensions, {@code isIP} of the Kubernetes IP library, and
 * the variables {@code self} and {@code oldSelf}. Each distinct expression is compiled once.
 */
final class CelRuleCompiler {

    /** Upper bound of comprehension iterations of one evaluation, so pathological input cannot run away. */
    private static final int MAX_ITERATIONS = 1_000_000;

    private static final Cel CEL = environment(false);
    private static final Cel CEL_OPTIONAL_OLD_SELF = environment(true);

    /** A compiled expression: a program, or why there is none. */
    record Compiled(CelRuntime.Program program, String error, boolean transition) {

        Object evaluate(Object self) throws CelEvaluationException {
            return program.eval(Map.of("self", self, "oldSelf", Optional.empty()));
        }
    }

    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    /** @return the compiled {@code expression}; with {@code optionalOldSelf}, {@code oldSelf} is an optional */
    Compiled compile(String expression, boolean optionalOldSelf) {
        return cache.computeIfAbsent((optionalOldSelf ? "?" : "!") + expression,
                key -> compileNow(expression, optionalOldSelf ? CEL_OPTIONAL_OLD_SELF : CEL));
    }

    private static Compiled compileNow(String expression, Cel cel) {
        try {
            CelAbstractSyntaxTree ast = cel.compile(expression).getAst();
            boolean transition = ast.getReferenceMap().values().stream()
                    .anyMatch(reference -> reference.name().equals("oldSelf"));
            return new Compiled(cel.createProgram(ast), null, transition);
        } catch (CelValidationException e) {
            return new Compiled(null, e.getErrors().isEmpty() ? e.getMessage() : e.getErrors().get(0).getMessage(),
                    false);
        } catch (CelEvaluationException e) {
            return new Compiled(null, e.getMessage(), false);
        }
    }

    private static Cel environment(boolean optionalOldSelf) {
        CelOptions options = CelOptions.current().enableRegexPartialMatch(true)
                .comprehensionMaxIterations(MAX_ITERATIONS).build();
        var builder = CelFactory.standardCelBuilder().setOptions(options)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addCompilerLibraries(CelExtensions.strings(), CelExtensions.lists())
                .addRuntimeLibraries(CelExtensions.strings(), CelExtensions.lists())
                .addFunctionDeclarations(CelFunctionDecl.newFunctionDeclaration("isIP",
                        CelOverloadDecl.newGlobalOverload("is_ip_string", SimpleType.BOOL, SimpleType.STRING)))
                .addFunctionBindings(CelFunctionBinding.from("is_ip_string", String.class, Formats::isIp))
                .addVar("self", SimpleType.DYN);
        if (optionalOldSelf) {
            builder.addCompilerLibraries(CelExtensions.optional()).addRuntimeLibraries(CelExtensions.optional())
                    .addVar("oldSelf", OptionalType.create(SimpleType.DYN));
        } else {
            builder.addVar("oldSelf", SimpleType.DYN);
        }
        return builder.build();
    }
}
