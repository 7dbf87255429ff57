package io.pilothouse.model.validation.crd;

import dev.cel.runtime.CelEvaluationException;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.io.YamlMapping;
import io.pilothouse.model.io.YamlNode;
import io.pilothouse.model.io.YamlScalar;
import io.pilothouse.model.io.YamlSequence;
import io.pilothouse.model.validation.crd.FieldError.Type;
import java.util.List;

/**
 * Evaluates the {@code x-kubernetes-validations} rules of a structural schema over a pruned and defaulted custom
 * resource, node by node, parents before children, reporting failures as kube-apiserver does on create. Rules that
 * use {@code oldSelf} only apply to updates and are skipped unless {@code optionalOldSelf} is set.
 */
final class CelValidator {

    private final CelRuleCompiler compiler;
    private final List<Finding> findings;

    CelValidator(CelRuleCompiler compiler, List<Finding> findings) {
        this.compiler = compiler;
        this.findings = findings;
    }

    void validate(YamlNode node, Schema schema, FieldPath path, SourceRange inherited) {
        if (schema == null || node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL) {
            return;
        }
        SourceRange where = Finding.at(node, inherited);
        if (!schema.validations.isEmpty()) {
            Object self = CelValues.of(node, schema);
            schema.validations.forEach(rule -> evaluate(rule, self, node, schema, path, where));
        }
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                boolean property = schema.properties.containsKey(entry.key());
                validate(entry.value(), schema.valueSchema(entry.key()),
                        property ? path.child(entry.key()) : path.key(entry.key()), where);
            }
        } else if (node instanceof YamlSequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                validate(sequence.items().get(i), schema.items, path.index(i), where);
            }
        }
    }

    private void evaluate(CelRule rule, Object self, YamlNode node, Schema schema, FieldPath path,
            SourceRange where) {
        CelRuleCompiler.Compiled compiled = compiler.compile(rule.rule(), rule.optionalOldSelf());
        if (compiled.error() != null) {
            notEvaluated(path, rule.rule() + ": " + compiled.error(), where);
            return;
        }
        if (compiled.transition() && !rule.optionalOldSelf()) {
            return;
        }
        String type = GoText.quote(schema.type == null ? "" : schema.type);
        Object result;
        try {
            result = compiled.evaluate(self);
        } catch (CelEvaluationException e) {
            findings.add(Finding.of(CrdRules.VALIDATION_RULE, new FieldError(Type.INVALID, path.toString(), type,
                    e.getMessage() + " evaluating rule: " + rule.errorName()), where));
            return;
        }
        if (!(result instanceof Boolean passed)) {
            notEvaluated(path, rule.rule() + ": the rule does not evaluate to a bool", where);
        } else if (!passed) {
            FieldPathTarget target = FieldPathTarget.resolve(rule.fieldPath(), node, path, where);
            findings.add(Finding.of(CrdRules.VALIDATION_RULE, failure(rule, self, target.path(), type),
                    target.location()));
        }
    }

    private FieldError failure(CelRule rule, Object self, FieldPath path, String type) {
        String message = message(rule, self);
        return switch (rule.reason() == null ? "" : rule.reason()) {
            case "FieldValueForbidden" -> new FieldError(Type.FORBIDDEN, path.toString(), null, message);
            case "FieldValueRequired" -> new FieldError(Type.REQUIRED, path.toString(), null, message);
            case "FieldValueDuplicate" -> new FieldError(Type.DUPLICATE, path.toString(), type, "");
            default -> new FieldError(Type.INVALID, path.toString(), type, message);
        };
    }

    private String message(CelRule rule, Object self) {
        if (rule.messageExpression() != null) {
            CelRuleCompiler.Compiled compiled = compiler.compile(rule.messageExpression(), rule.optionalOldSelf());
            if (compiled.program() != null) {
                try {
                    if (compiled.evaluate(self) instanceof String text && !text.isBlank()
                            && text.indexOf('\n') < 0) {
                        return text.strip();
                    }
                } catch (CelEvaluationException e) {
                    return rule.failureMessage();
                }
            }
        }
        return rule.failureMessage();
    }

    private void notEvaluated(FieldPath path, String reason, SourceRange where) {
        findings.add(new Finding(CrdRules.RULE_NOT_EVALUATED, path + ": rule not evaluated: " + reason, where,
                false));
    }
}
