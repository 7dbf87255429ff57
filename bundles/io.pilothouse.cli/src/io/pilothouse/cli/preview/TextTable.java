package io.pilothouse.cli.preview;

import java.util.List;

/** Text tables as kubectl prints them: each column padded to its widest cell plus three spaces, as its tab writer. */
public final class TextTable {

    private TextTable() {}

    /**
     * The rows as lines, the first row being the headings; trailing blanks are stripped.
     *
     * @param rows rows of the same number of cells, at least one
     */
    public static String of(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + (widths[i] + 3) + "s", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
