package io.pilothouse.model.validation.deprecation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pilothouse.model.io.LoadResult;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.references.CheckHarness;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deprecation table and the findings on the {@code apiVersion} value, with the text edit where mechanical. */
class DeprecationChecksTest {

    @Test
    void reportsExactlyTheExpectedFindings() {
        var fixture = CheckHarness.fixture("deprecation/apis.yaml");
        assertEquals(CheckHarness.expected(fixture), findings(List.of(CheckHarness.loader().load(fixture))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "extensions/v1beta1|Deployment|true|",
            "apps/v1beta2|StatefulSet|true|",
            "autoscaling/v2beta2|HorizontalPodAutoscaler|true|autoscaling/v2",
            "flowcontrol.apiserver.k8s.io/v1beta3|FlowSchema|true|flowcontrol.apiserver.k8s.io/v1",
            "networking.k8s.io/v1beta1|IngressClass|true|networking.k8s.io/v1",
            "storage.k8s.io/v1beta1|CSIStorageCapacity|true|storage.k8s.io/v1",
            "rbac.authorization.k8s.io/v1beta1|RoleBinding|true|rbac.authorization.k8s.io/v1",
            "resource.k8s.io/v1alpha2|ResourceClass|true|",
            "resource.k8s.io/v1beta1|ResourceClaim|false|",
            "resource.k8s.io/v1beta2|DeviceClass|false|resource.k8s.io/v1",
            "v1|ComponentStatus|false|"})
    void knowsWhatIsRemovedAndWhatIsMechanical(String apiVersion, String kind, boolean removed, String fix) {
        DeprecatedApi api = DeprecatedApis.find(apiVersion, kind).orElseThrow();
        assertEquals(removed, api.isRemoved());
        assertEquals(fix, api.isMechanical() ? api.replacementApiVersion() : null);
    }

    @Test
    void theShopExampleUsesNoDeprecatedApi() {
        assertEquals(List.of(), findings(CheckHarness.loadTree(CheckHarness.REPO.resolve("examples/shop"))));
    }

    private static List<String> findings(List<LoadResult> results) {
        List<String> findings = new ArrayList<>();
        for (LoadResult result : results) {
            result.documents().forEach(document -> DeprecationChecks.all().forEach(check -> check.check(document,
                    (rule, message, range, fix) -> findings.add(rule.code() + ' ' + range.line() + ':'
                            + range.column() + ": " + message
                            + (fix == null ? "" : " [fix: " + ((Fix.TextEdit) fix).newText() + ']')))));
        }
        return findings;
    }
}
