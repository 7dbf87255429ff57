package io.pilothouse.model.validation.lint;

import io.pilothouse.model.io.Diagnostic.Severity;
import io.pilothouse.model.validation.Rule;
import io.pilothouse.model.validation.Rule.Family;
import java.util.List;

/**
 * The best-practice lints: what the API server accepts but kube-linter's checks and the baseline and restricted
 * Pod Security Standards flag. Warnings are probable mistakes, infos are choices worth a second look.
 */
public final class LintRules {

    /**
     * Fixed by requesting the container's CPU limit if it has one, else {@code 100m} (a tenth of a core), a start to
     * tune to what the container uses.
     */
    public static final Rule NO_CPU_REQUEST = warning("NO-CPU-REQUEST", "A container has no CPU request");
    /**
     * Fixed by requesting the container's memory limit if it has one, else {@code 128Mi}, a start to tune to what
     * the container uses.
     */
    public static final Rule NO_MEMORY_REQUEST = warning("NO-MEMORY-REQUEST", "A container has no memory request");
    /**
     * Fixed by limiting memory to the container's memory request if it has one (a limit below the request is
     * rejected), else to {@code 128Mi}.
     */
    public static final Rule NO_MEMORY_LIMIT = warning("NO-MEMORY-LIMIT", "A container has no memory limit");
    public static final Rule LATEST_TAG = warning("LATEST-TAG", "An image has the latest tag or no tag");
    public static final Rule PULL_ALWAYS_DIGEST = info("PULL-ALWAYS-DIGEST",
            "An image pinned by digest is pulled Always");
    public static final Rule NO_LIVENESS_PROBE = warning("NO-LIVENESS-PROBE", "A container has no liveness probe");
    public static final Rule NO_READINESS_PROBE = warning("NO-READINESS-PROBE",
            "A container has no readiness probe");
    public static final Rule SAME_PROBES = warning("SAME-PROBES",
            "A container's liveness probe is its readiness probe");
    public static final Rule HOST_PORT = warning("HOST-PORT", "A container port is bound to a host port");
    public static final Rule ENV_VAR_SECRET = warning("ENV-VAR-SECRET",
            "A secret-looking environment variable has a literal value");
    public static final Rule PRIVILEGED = warning("PRIVILEGED", "A container is privileged");
    public static final Rule PRIVILEGE_ESCALATION = warning("PRIVILEGE-ESCALATION",
            "A container does not set allowPrivilegeEscalation to false");
    public static final Rule RUN_AS_NON_ROOT = warning("RUN-AS-NON-ROOT",
            "A container may run as root: runAsNonRoot is not true");
    public static final Rule RUN_AS_ROOT = warning("RUN-AS-ROOT", "A container runs as user 0");
    public static final Rule READ_ONLY_ROOT_FS = warning("READ-ONLY-ROOT-FS",
            "A container's root file system is writable");
    public static final Rule DROP_ALL_CAPABILITIES = warning("DROP-ALL-CAPABILITIES",
            "A container does not drop ALL capabilities");
    public static final Rule DANGEROUS_CAPABILITIES = warning("DANGEROUS-CAPABILITIES",
            "A container adds a capability the baseline Pod Security Standard forbids");
    public static final Rule SECCOMP = warning("SECCOMP",
            "A container's seccomp profile is not RuntimeDefault or Localhost");
    public static final Rule APPARMOR = warning("APPARMOR", "A container's AppArmor profile is Unconfined");
    public static final Rule PROC_MOUNT = warning("PROC-MOUNT", "A container unmasks /proc");
    public static final Rule HOST_NETWORK = warning("HOST-NETWORK", "A pod uses the host's network namespace");
    public static final Rule HOST_PID = warning("HOST-PID", "A pod uses the host's process namespace");
    public static final Rule HOST_IPC = warning("HOST-IPC", "A pod uses the host's IPC namespace");
    public static final Rule HOST_PATH = warning("HOST-PATH", "A pod mounts a hostPath volume");
    public static final Rule UNSAFE_SYSCTLS = warning("UNSAFE-SYSCTLS", "A pod sets an unsafe sysctl");
    public static final Rule DEFAULT_SERVICE_ACCOUNT = warning("DEFAULT-SERVICE-ACCOUNT",
            "A pod mounts the token of the default ServiceAccount");
    public static final Rule AUTOMOUNT_TOKEN = info("AUTOMOUNT-TOKEN",
            "A pod mounts its ServiceAccount token: set automountServiceAccountToken to false without API access");
    public static final Rule DEPRECATED_SERVICE_ACCOUNT_FIELD = warning("DEPRECATED-SERVICE-ACCOUNT-FIELD",
            "A pod uses the deprecated serviceAccount field");
    public static final Rule NAME_LABEL = info("NAME-LABEL", "A workload has no app.kubernetes.io/name label");
    public static final Rule NO_ANTI_AFFINITY = warning("NO-ANTI-AFFINITY",
            "Replicas are not spread: no pod anti-affinity and no topology spread constraints");
    public static final Rule ROLLOUT_UNAVAILABLE = warning("ROLLOUT-UNAVAILABLE",
            "A rolling update may take every replica down at once");
    public static final Rule CRONJOB_CONCURRENCY = info("CRONJOB-CONCURRENCY",
            "A CronJob allows concurrent runs by default");
    public static final Rule JOB_BACKOFF_LIMIT = info("JOB-BACKOFF-LIMIT", "A Job relies on the default backoffLimit");
    public static final Rule JOB_TTL = info("JOB-TTL", "A finished Job is never cleaned up");
    public static final Rule SERVICE_EXPOSED = info("SERVICE-EXPOSED",
            "A Service is exposed outside the cluster (LoadBalancer or NodePort)");
    public static final Rule PDB_BLOCKS_EVICTION = warning("PDB-BLOCKS-EVICTION",
            "A PodDisruptionBudget allows no eviction");
    public static final Rule NO_NETWORK_POLICY = info("NO-NETWORK-POLICY",
            "No NetworkPolicy of the files selects a workload's pods");

    /** Every rule of the family. */
    public static final List<Rule> ALL = List.of(NO_CPU_REQUEST, NO_MEMORY_REQUEST, NO_MEMORY_LIMIT, LATEST_TAG,
            PULL_ALWAYS_DIGEST, NO_LIVENESS_PROBE, NO_READINESS_PROBE, SAME_PROBES, HOST_PORT, ENV_VAR_SECRET,
            PRIVILEGED, PRIVILEGE_ESCALATION, RUN_AS_NON_ROOT, RUN_AS_ROOT, READ_ONLY_ROOT_FS, DROP_ALL_CAPABILITIES,
            DANGEROUS_CAPABILITIES, SECCOMP, APPARMOR, PROC_MOUNT, HOST_NETWORK, HOST_PID, HOST_IPC, HOST_PATH,
            UNSAFE_SYSCTLS, DEFAULT_SERVICE_ACCOUNT, AUTOMOUNT_TOKEN, DEPRECATED_SERVICE_ACCOUNT_FIELD, NAME_LABEL,
            NO_ANTI_AFFINITY, ROLLOUT_UNAVAILABLE, CRONJOB_CONCURRENCY, JOB_BACKOFF_LIMIT, JOB_TTL, SERVICE_EXPOSED,
            PDB_BLOCKS_EVICTION, NO_NETWORK_POLICY);

    private LintRules() {}

    private static Rule warning(String name, String summary) {
        return new Rule("LINT-" + name, Severity.WARNING, Family.LINT, summary);
    }

    private static Rule info(String name, String summary) {
        return new Rule("LINT-" + name, Severity.INFO, Family.LINT, summary);
    }
}
