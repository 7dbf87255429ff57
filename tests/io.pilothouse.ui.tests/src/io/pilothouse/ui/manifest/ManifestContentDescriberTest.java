package io.pilothouse.ui.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;

import org.eclipse.core.runtime.content.IContentDescriber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A YAML file is a manifest when it has a top-level apiVersion and kind. */
class ManifestContentDescriberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'apiVersion: v1\\nkind: Pod\\n'                          | true
            'kind: Pod\\nmetadata: {}\\napiVersion : v1\\n'          | true
            '# c\\n---\\napiVersion: apps/v1\\nkind: Deployment\\n'  | true
            '\uFEFFapiVersion: v1\\nkind: List\\n'                  | true
            'apiVersion: v1\\n'                                      | false
            'replicaCount: 2\\nimage:\\n  kind: x\\n'                | false
            'spec:\\n  apiVersion: v1\\n  kind: Pod\\n'              | false
            'apiVersions: [v1]\\nkinds: [Pod]\\n'                    | false
            """)
    void describes(String escaped, boolean manifest) throws Exception {
        String text = escaped.translateEscapes();

        int described = new ManifestContentDescriber().describe(new StringReader(text), null);

        assertEquals(manifest ? IContentDescriber.VALID : IContentDescriber.INVALID, described);
    }
}
