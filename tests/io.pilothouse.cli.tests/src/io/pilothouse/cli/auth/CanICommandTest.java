package io.pilothouse.cli.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.cli.Main;

class CanICommandTest {

    private static final String SHOP = "../../examples/shop";
    private static final String TEAM = "resources/auth/team.yaml";
    private static final String API = "system:serviceaccount:shop:api";

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    get configmaps -n shop                 | API      | SHOP | 0 | yes
                    list configmaps -n shop                | API      | SHOP | 0 | yes
                    watch configmap -n shop                | API      | SHOP | 0 | yes
                    get configmaps/app-config -n shop      | API      | SHOP | 0 | yes
                    delete configmaps -n shop              | API      | SHOP | 1 | no
                    list secrets -n shop                   | API      | SHOP | 1 | no
                    get configmaps                         | API      | SHOP | 1 | no
                    get configmaps -A                      | API      | SHOP | 1 | no
                    get configmaps -n shop                 | system:serviceaccount:shop:web | SHOP | 1 | no
                    delete nodes --as-group system:masters | root     | SHOP | 0 | yes
                    get /healthz                           | jane     | SHOP | 0 | yes
                    post /healthz                          | jane     | SHOP | 1 | no
                    list deployments.apps -A --as-group team | jane   | TEAM | 0 | yes
                    get deployments -n prod --as-group team  | jane   | TEAM | 0 | yes
                    update deployments --subresource scale --as-group team | jane | TEAM | 1 | no
                    get deployments --subresource scale --as-group team    | jane | TEAM | 0 | yes
                    get pods --as-group team               | jane     | TEAM | 1 | no
                    get pods -q --as-group team            | jane     | TEAM | 1 | ''
                    get pods                               | olga     | TEAM | 1 | no - RBAC: role.rbac.authorization.k8s.io "missing" not found
                    """)
    void answersAsKubectl(String arguments, String user, String manifests, int exitCode, String output) {
        List<String> args = new ArrayList<>(List.of("auth", "can-i"));
        args.addAll(List.of(arguments.split(" ")));
        args.addAll(List.of("--as", user.equals("API") ? API : user, manifests.equals("SHOP") ? SHOP : TEAM));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(List.of(exitCode, output.isEmpty() ? "" : output + System.lineSeparator(), ""),
                List.of(code, out.toString(), err.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    get configmaps -n shop -v  | 0 | yes | RBAC: allowed by RoleBinding "api-configmap-reader/shop" of Role "configmap-reader" to ServiceAccount "api/shop"
                    get widgets -n shop        | 1 | no  | Warning: the server doesn't have a resource type 'widgets'
                    """)
    void explainsOnStandardError(String arguments, int exitCode, String output, String error) {
        List<String> args = new ArrayList<>(List.of("auth", "can-i"));
        args.addAll(List.of(arguments.split(" ")));
        args.addAll(List.of("--as", API, SHOP));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(List.of(exitCode, output + System.lineSeparator(), error + System.lineSeparator()),
                List.of(code, out.toString(), err.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    auth can-i get pods --as jane does/not/exist | pilothouse auth can-i: lstat does/not/exist: no such file or directory
                    """)
    void reportsMissingInputs(String arguments, String error) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), arguments.split(" "));
        assertEquals(List.of(Main.USAGE_ERROR, error + System.lineSeparator()), List.of(code, err.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    --as system:serviceaccount:shop:api -n shop ../../examples/shop | list-shop-api.txt
                    --as jane --as-group team resources/auth/team.yaml              | list-team.txt
                    """)
    void listsTheUsersRulesAsKubectl(String arguments, String expected) throws IOException {
        List<String> args = new ArrayList<>(List.of("auth", "can-i", "--list"));
        args.addAll(List.of(arguments.split(" ")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(List.of(0, Files.readString(Path.of("resources/auth", expected)), ""),
                List.of(code, out.toString().replace(System.lineSeparator(), "\n"), err.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    auth can-i --list -A --as jane resources/auth/team.yaml | error: list option can't be \
                    specified with neither quiet, all-namespaces nor subresource options
                    auth can-i get pods --as jane                         | error: you must specify two \
                    arguments: verb resource or verb resource/resourceName, and a PATH
                    """)
    void refusesArgumentsKubectlRefuses(String arguments, String error) {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), arguments.split(" "));
        assertEquals(List.of(Main.USAGE_ERROR, error + System.lineSeparator()), List.of(code, err.toString()));
    }
}
