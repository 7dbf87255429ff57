package io.pilothouse.model.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The orders in which kubectl writes mapping keys. */
final class KeyOrder {

    /** Go's encoding/json key order (bytes of UTF-8, i.e. code points), used by {@code kubectl get -o json}. */
    static final Comparator<String> JSON = KeyOrder::compareCodePoints;

    private KeyOrder() {}

    /**
     * Sorts entries in go-yaml v2's key order, used by {@code kubectl get -o yaml}: characters compare by code
     * point, except that letters sort after non-letters and runs of digits compare by their numeric value.
     *
     * @return the sorted entries; each key is decoded to code points once
     */
    static List<YamlMapping.Entry> sortedForYaml(List<YamlMapping.Entry> entries) {
        record Keyed(int[] key, YamlMapping.Entry entry) {}
        List<Keyed> keyed = new ArrayList<>(entries.size());
        for (YamlMapping.Entry entry : entries) {
            keyed.add(new Keyed(entry.key().codePoints().toArray(), entry));
        }
        keyed.sort((a, b) -> compareYaml(a.key(), b.key()));
        List<YamlMapping.Entry> sorted = new ArrayList<>(keyed.size());
        keyed.forEach(item -> sorted.add(item.entry()));
        return sorted;
    }

    private static int compareYaml(int[] a, int[] b) {
        return yamlLess(a, b) ? -1 : yamlLess(b, a) ? 1 : 0;
    }

    private static boolean yamlLess(int[] ar, int[] br) {
        for (int i = 0; i < ar.length && i < br.length; i++) {
            if (ar[i] == br[i]) {
                continue;
            }
            boolean aLetter = Character.isLetter(ar[i]);
            boolean bLetter = Character.isLetter(br[i]);
            if (aLetter && bLetter) {
                return ar[i] < br[i];
            }
            if (aLetter || bLetter) {
                return bLetter;
            }
            long an = 0;
            long bn = 0;
            if (ar[i] == '0' || br[i] == '0') {
                for (int j = i - 1; j >= 0 && Character.isDigit(ar[j]); j--) {
                    if (ar[j] != '0') {
                        an = 1;
                        bn = 1;
                        break;
                    }
                }
            }
            int ai = i;
            for (; ai < ar.length && Character.isDigit(ar[ai]); ai++) {
                an = an * 10 + (ar[ai] - '0');
            }
            int bi = i;
            for (; bi < br.length && Character.isDigit(br[bi]); bi++) {
                bn = bn * 10 + (br[bi] - '0');
            }
            if (an != bn) {
                return an < bn;
            }
            if (ai != bi) {
                return ai < bi;
            }
            return ar[i] < br[i];
        }
        return ar.length < br.length;
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
