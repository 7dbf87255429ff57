package io.pilothouse.cli.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.pilothouse.cli.PilothouseVersion;
import io.pilothouse.cli.validate.ReportWriter.OutputFormat;
import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.io.SourceRange;
import io.pilothouse.model.validation.Fix;
import io.pilothouse.model.validation.ObjectRef;
import io.pilothouse.model.validation.ValidationDiagnostic;
import io.pilothouse.model.validation.ValidationReport;
import io.pilothouse.model.validation.ValidationReport.ResourceResult;
import io.pilothouse.model.validation.ValidationReport.Status;
import io.pilothouse.model.validation.fix.SourceEdit;

/**
 * Every output format for one report: a valid ConfigMap, a Deployment with an error and a warning, a skipped
 * Secret, and a YAML syntax error outside any resource.
 */
class ReportWritersTest {

    private static final ObjectRef CONFIG = new ObjectRef("v1", "ConfigMap", "shop", "settings");
    private static final ObjectRef WEB = new ObjectRef("apps/v1", "Deployment", "shop", "web");
    private static final ObjectRef TOKEN = new ObjectRef("v1", "Secret", "shop", "token");

    private static final ValidationDiagnostic SYNTAX = new ValidationDiagnostic(Severity.ERROR, "YAML-SYNTAX",
            "mapping values are not allowed in this context", new SourceRange("broken.yaml", 3, 9, 27, 1), null, null);
    private static final ValidationDiagnostic SELECTOR = new ValidationDiagnostic(Severity.ERROR, "K8S-API-001",
            "spec.selector: Invalid value: \"app=web\": `selector` does not match template `labels`",
            new SourceRange("web.yaml", 8, 5, 120, 30), WEB, null);
    private static final ValidationDiagnostic LATEST = new ValidationDiagnostic(Severity.WARNING, "LINT-LATEST-TAG",
            "image \"nginx\" has no tag & will pull <latest>", new SourceRange("web.yaml", 19, 16, 301, 5), WEB,
            null);

    private static final ValidationReport REPORT = new ValidationReport(
            List.of(new ResourceResult("web.yaml", CONFIG, Status.VALID, List.of()),
                    new ResourceResult("web.yaml", WEB, Status.INVALID, List.of(SELECTOR, LATEST)),
                    new ResourceResult("secret.yaml", TOKEN, Status.SKIPPED, List.of())),
            List.of(SYNTAX, SELECTOR, LATEST));

    private static String write(OutputFormat format, boolean summary) {
        StringWriter text = new StringWriter();
        ReportWriter.forFormat(format, false).write(REPORT, 3, summary, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void text() {
        assertEquals("""
                broken.yaml:3:9: error: mapping values are not allowed in this context [YAML-SYNTAX]
                web.yaml:8:5: error: spec.selector: Invalid value: "app=web": `selector` does not match template \
                `labels` [K8S-API-001] (Deployment/shop/web)
                web.yaml:19:16: warning: image "nginx" has no tag & will pull <latest> [LINT-LATEST-TAG] \
                (Deployment/shop/web)
                Summary: 3 resources found in 3 files - Valid: 1, Invalid: 1, Errors: 0, Skipped: 1
                """, write(OutputFormat.text, true));
    }

    @Test
    void textWithoutSummary() {
        assertEquals(3, write(OutputFormat.text, false).lines().count());
    }

    @Test
    void json() {
        String json = write(OutputFormat.json, false);
        assertEquals("""
                {
                  "resources" : [ {
                    "file" : "web.yaml",
                    "apiVersion" : "v1",
                    "kind" : "ConfigMap",
                    "namespace" : "shop",
                    "name" : "settings",
                    "status" : "valid",
                    "diagnostics" : [ ]
                  }, {""", json.substring(0, json.indexOf("{", json.indexOf("}, {") + 1) + 1).stripTrailing());
        assertEquals("""
                  "summary" : {
                    "files" : 3,
                    "resources" : 3,
                    "valid" : 1,
                    "invalid" : 1,
                    "errors" : 0,
                    "skipped" : 1
                  }
                }
                """, json.substring(json.indexOf("  \"summary\"")));
    }

    @Test
    void junit() {
        assertEquals(
                """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <testsuites name="pilothouse validate" tests="4" failures="1" errors="1" skipped="1">
                          <testsuite name="web.yaml" tests="2" failures="1" errors="0" skipped="0">
                            <testcase classname="web.yaml" name="ConfigMap/shop/settings"/>
                            <testcase classname="web.yaml" name="Deployment/shop/web">
                              <failure message="spec.selector: Invalid value: &quot;app=web&quot;: `selector` does not match \
                        template `labels`" type="K8S-API-001">web.yaml:8:5: error: spec.selector: Invalid value: \
                        &quot;app=web&quot;: `selector` does not match template `labels` [K8S-API-001] \
                        (Deployment/shop/web)&#10;</failure>
                            </testcase>
                          </testsuite>
                          <testsuite name="secret.yaml" tests="1" failures="0" errors="0" skipped="1">
                            <testcase classname="secret.yaml" name="Secret/shop/token">
                              <skipped/>
                            </testcase>
                          </testsuite>
                          <testsuite name="broken.yaml" tests="1" failures="0" errors="1" skipped="0">
                            <testcase classname="broken.yaml" name="broken.yaml">
                              <error message="mapping values are not allowed in this context" type="YAML-SYNTAX">broken.yaml:3:9: \
                        error: mapping values are not allowed in this context [YAML-SYNTAX]&#10;</error>
                            </testcase>
                          </testsuite>
                        </testsuites>
                        """,
                write(OutputFormat.junit, false));
    }

    @Test
    void tap() {
        assertEquals("""
                TAP version 13
                1..4
                not ok 1 - files could not be read completely
                  ---
                  diagnostics:
                    - 'broken.yaml:3:9: error: mapping values are not allowed in this context [YAML-SYNTAX]'
                  ...
                ok 2 - web.yaml (ConfigMap/shop/settings)
                not ok 3 - web.yaml (Deployment/shop/web)
                  ---
                  diagnostics:
                    - 'web.yaml:8:5: error: spec.selector: Invalid value: "app=web": `selector` does not match \
                template `labels` [K8S-API-001] (Deployment/shop/web)'
                    - 'web.yaml:19:16: warning: image "nginx" has no tag & will pull <latest> [LINT-LATEST-TAG] \
                (Deployment/shop/web)'
                  ...
                ok 4 - secret.yaml (Secret/shop/token) # SKIP kind skipped
                # Summary: 3 resources found in 3 files - Valid: 1, Invalid: 1, Errors: 0, Skipped: 1
                """, write(OutputFormat.tap, true));
    }

    @Test
    void sarif() {
        String sarif = write(OutputFormat.sarif, false);
        String version = PilothouseVersion.load().getProperty("version");
        assertEquals("""
                {
                  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
                  "version" : "2.1.0",
                  "runs" : [ {
                    "tool" : {
                      "driver" : {
                        "name" : "pilothouse",
                        "version" : "%s",
                        "informationUri" : "https://kubernetes.io/docs/reference/kubernetes-api/",
                        "rules" : [ {
                          "id" : "K8S-API-001"
                        }, {
                          "id" : "LINT-LATEST-TAG"
                        }, {
                          "id" : "YAML-SYNTAX"
                        } ]
                      }
                    },
                    "results" : [ {
                      "ruleId" : "YAML-SYNTAX",
                      "level" : "error",
                      "message" : {
                        "text" : "mapping values are not allowed in this context"
                      },
                      "locations" : [ {
                        "physicalLocation" : {
                          "artifactLocation" : {
                            "uri" : "broken.yaml"
                          },
                          "region" : {
                            "startLine" : 3,
                            "startColumn" : 9,
                            "charOffset" : 27,
                            "charLength" : 1
                          }
                        }
                      } ]
                    }, {""".formatted(version),
                sarif.substring(0, sarif.indexOf("}, {", sarif.indexOf("\"results\"")) + 4));
        assertEquals("\"level\" : \"warning\"", sarif.substring(sarif.lastIndexOf("\"level\""),
                sarif.indexOf(',', sarif.lastIndexOf("\"level\""))));
    }

    private static final ValidationDiagnostic PINNED = new ValidationDiagnostic(Severity.WARNING, "LINT-LATEST-TAG",
            "image \"nginx\" has no tag", new SourceRange("web.yaml", 19, 16, 301, 5), WEB,
            new Fix.TextEdit("Pin the image tag", new SourceRange("web.yaml", 19, 16, 301, 5), "nginx:1.27"));
    private static final ValidationReport FIXABLE = new ValidationReport(
            List.of(new ResourceResult("web.yaml", WEB, Status.VALID, List.of(PINNED))), List.of(PINNED));

    private static List<SourceEdit> pin(ValidationDiagnostic diagnostic) {
        return List.of(new SourceEdit(new SourceRange("web.yaml", 19, 21, 306, 0), ":1.27"));
    }

    private static String write(ReportWriter writer) {
        StringWriter text = new StringWriter();
        writer.write(FIXABLE, 1, false, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void jsonFixHasItsTitleAndEdits() {
        String json = write(new JsonReportWriter(ReportWritersTest::pin));
        assertEquals("""
                "fix" : {
                        "title" : "Pin the image tag",
                        "edits" : [ {
                          "line" : 19,
                          "column" : 21,
                          "offset" : 306,
                          "length" : 0,
                          "newText" : ":1.27"
                        } ]
                      }""", json.substring(json.indexOf("\"fix\""), json.indexOf("\n    } ]")));
    }

    @Test
    void jsonFixWithoutEditsKeepsItsTitle() {
        String json = write(new JsonReportWriter());
        assertEquals("\"fix\" : {\n        \"title\" : \"Pin the image tag\",\n        \"edits\" : [ ]",
                json.substring(json.indexOf("\"fix\""), json.indexOf(" ]", json.indexOf("\"edits\"")) + 2));
    }

    @Test
    void sarifFixIsAnArtifactChange() {
        String sarif = write(new SarifReportWriter(ReportWritersTest::pin));
        assertEquals("""
                "fixes" : [ {
                        "description" : {
                          "text" : "Pin the image tag"
                        },
                        "artifactChanges" : [ {
                          "artifactLocation" : {
                            "uri" : "web.yaml"
                          },
                          "replacements" : [ {
                            "deletedRegion" : {
                              "startLine" : 19,
                              "startColumn" : 21,
                              "charOffset" : 306,
                              "charLength" : 0
                            },
                            "insertedContent" : {
                              "text" : ":1.27"
                            }
                          } ]
                        } ]
                      } ]""", sarif.substring(sarif.indexOf("\"fixes\""), sarif.indexOf("\n    } ]")));
    }

    @Test
    void sarifFixWithoutEditsIsLeftOut() {
        assertEquals(-1, write(new SarifReportWriter()).indexOf("\"fixes\""));
    }

    @Test
    void sarifUrisAreRelativeReferences() {
        assertEquals("dir%20with%20space/web.yaml", SarifReportWriter.uri("dir with space/web.yaml"));
    }
}
