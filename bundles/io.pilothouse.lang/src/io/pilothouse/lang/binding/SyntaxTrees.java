package io.pilothouse.lang.binding;

import io.pilothouse.lang.manifest.BlockMapping;
import io.pilothouse.lang.manifest.BlockSequence;
import io.pilothouse.lang.manifest.ManifestPackage;
import io.pilothouse.lang.manifest.Scalar;
import io.pilothouse.lang.syntax.TokenKind;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Positions and tokens of the syntax tree, read from Xtext's node model. */
public final class SyntaxTrees {

    /** The token of a scalar: its kind and where its text is. */
    public record ScalarToken(TokenKind kind, int offset, int length, String text) {

        public int end() {
            return offset + length;
        }
    }

    private SyntaxTrees() {}

    /** @return the offset of the first character of {@code object}, leading blanks and comments excluded */
    public static int start(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null ? 0 : node.getOffset();
    }

    /** @return the offset after the last character of {@code object}, trailing blanks and comments excluded */
    public static int end(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        return node == null ? 0 : node.getEndOffset();
    }

    /** @return the token of a scalar, or {@code null} for a scalar the parser recovered without one */
    public static ScalarToken token(Scalar scalar) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(scalar, ManifestPackage.Literals.SCALAR__TARGET);
        for (INode node : nodes) {
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (!leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call) {
                    AbstractRule rule = call.getRule();
                    return new ScalarToken(TokenKind.valueOf(rule.getName()), leaf.getOffset(), leaf.getLength(),
                            leaf.getText());
                }
            }
        }
        return null;
    }

    /** @return the column of {@code offset} in {@code text}, 0-based, a byte order mark not counted */
    public static int column(String text, int offset) {
        int lineStart = offset;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int column = offset - lineStart;
        return lineStart == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF' ? column - 1 : column;
    }

    /** @return the column of the block collection around {@code object}, -1 at the top of a document */
    public static int parentIndent(EObject object, String text) {
        for (EObject parent = object.eContainer(); parent != null; parent = parent.eContainer()) {
            if (parent instanceof BlockMapping || parent instanceof BlockSequence) {
                return column(text, start(parent));
            }
        }
        return -1;
    }
}
