package io.pilothouse.runtime.api.rbac;

import java.util.ArrayList;
import java.util.List;

/**
 * The identity a request is made as: a user name and its groups, as the apiserver's {@code user.Info}.
 *
 * @param name   the user name; a service account is {@code system:serviceaccount:<namespace>:<name>}
 * @param groups the groups, in order
 */
public record UserInfo(String name, List<String> groups) {

    /** The group of every authenticated user. */
    public static final String AUTHENTICATED = "system:authenticated";
    /** The group that holds every permission: bound to {@code cluster-admin} and exempt from the escalation guard. */
    public static final String MASTERS = "system:masters";
    /** The group of all service accounts. */
    public static final String SERVICE_ACCOUNTS = "system:serviceaccounts";

    private static final String SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";

    /** The cluster's administrator, whom every request made on the store directly is made as. */
    public static final UserInfo CLUSTER_ADMIN = new UserInfo("system:admin", List.of(MASTERS, AUTHENTICATED));

    public UserInfo {
        groups = List.copyOf(groups);
    }

    /**
     * The identity the apiserver's impersonation filter builds for {@code --as NAME --as-group G...}: a service account
     * without groups gets {@code system:serviceaccounts} and {@code system:serviceaccounts:<namespace>}, and every
     * user but {@code system:anonymous} gets {@code system:authenticated}.
     */
    public static UserInfo impersonated(String name, List<String> groups) {
        List<String> all = new ArrayList<>(groups);
        String[] serviceAccount = serviceAccount(name);
        if (serviceAccount != null && groups.isEmpty()) {
            all.add(SERVICE_ACCOUNTS);
            all.add(SERVICE_ACCOUNTS + ":" + serviceAccount[0]);
        }
        if (!name.equals("system:anonymous") && !all.contains(AUTHENTICATED)) {
            all.add(AUTHENTICATED);
        }
        return new UserInfo(name, all);
    }

    /** The user name of a service account. */
    public static String serviceAccountName(String namespace, String name) {
        return SERVICE_ACCOUNT_PREFIX + namespace + ":" + name;
    }

    /** Whether this user is in a group. */
    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    private static String[] serviceAccount(String name) {
        if (!name.startsWith(SERVICE_ACCOUNT_PREFIX)) {
            return null;
        }
        String[] parts = name.substring(SERVICE_ACCOUNT_PREFIX.length()).split(":", -1);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? parts : null;
    }
}
