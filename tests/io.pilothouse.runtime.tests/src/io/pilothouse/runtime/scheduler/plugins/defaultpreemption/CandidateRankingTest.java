package io.pilothouse.runtime.scheduler.plugins.defaultpreemption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.pilothouse.model.k8s.core.v1.Pod;
import io.pilothouse.runtime.scheduler.SchedulerTestObjects;
import io.pilothouse.runtime.scheduler.framework.PodInfo;

/** Node ranking, one rule per row: candidates as {@code node=pdbViolations/priority@startSecond+...;...}. */
class CandidateRankingTest {

    private static final Instant NOW = Instant.parse("2026-01-01T01:00:00Z");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fewest PDB violations        | a=1/1@0;b=0/9@0            | b
            lowest highest priority      | a=0/5@0;b=0/3@0+3@0        | b
            smallest priority sum        | a=0/5@0+4@0;b=0/5@0+2@0    | b
            each victim adds 2^31 to sum | a=0/5@0+1@0+1@0;b=0/5@0+4@0 | b
            latest start of top victims  | a=0/5@10+5@30;b=0/5@20+1@0  | b
            the first listed breaks ties | b=0/5@0;a=0/5@0            | b
            """)
    void picksTheNode(String rule, String candidates, String expected) {
        List<CandidateRanking.Rank> list = new ArrayList<>();
        for (String spec : candidates.split(";")) {
            String node = spec.substring(0, spec.indexOf('='));
            String[] parts = spec.substring(spec.indexOf('=') + 1).split("/");
            List<PodInfo> victims = new ArrayList<>();
            for (String victim : parts[1].split("\\+")) {
                String[] fields = victim.split("@");
                victims.add(PodInfo.of(SchedulerTestObjects.objects("apiVersion: v1\nkind: Pod\nmetadata: {name: v"
                        + victims.size() + node + ", namespace: default}\nspec:\n  priority: " + fields[0]
                        + "\n  containers: [{name: c, image: nginx}]\nstatus: {startTime: \"2026-01-01T00:00:"
                        + String.format("%02d", Integer.parseInt(fields[1])) + "Z\"}\n").stream()
                        .map(Pod.class::cast).findFirst().orElseThrow()));
            }
            list.add(CandidateRanking.Rank.of(new Candidate(node, victims, Integer.parseInt(parts[0])), NOW));
        }
        assertEquals(expected, CandidateRanking.pick(list).nodeName(), rule);
    }
}
