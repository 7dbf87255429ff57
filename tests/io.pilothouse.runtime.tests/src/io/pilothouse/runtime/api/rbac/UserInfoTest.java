package io.pilothouse.runtime.api.rbac;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserInfoTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|',
            textBlock = """
                    jane                            | ''                | system:authenticated
                    system:serviceaccount:shop:api  | ''                | system:serviceaccounts,system:serviceaccounts:shop,system:authenticated
                    system:serviceaccount:shop:api  | ops               | ops,system:authenticated
                    system:serviceaccount:shop      | ''                | system:authenticated
                    jane                            | system:authenticated,ops | system:authenticated,ops
                    system:anonymous                | ''                | ''
                    """)
    void impersonationAddsTheGroupsOfTheApiserver(String name, String groups, String expected) {
        assertEquals(new UserInfo(name, split(expected)), UserInfo.impersonated(name, split(groups)));
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : List.of(list.split(","));
    }
}
