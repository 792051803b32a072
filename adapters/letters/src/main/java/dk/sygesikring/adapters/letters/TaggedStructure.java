package dk.sygesikring.adapters.letters;

import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The logical structure of a letter (tagged PDF, LET-6): a Document element holding a heading and paragraphs in
 * reading order, each tied to its marked content on the pages by marked-content ids, and the parent tree that
 * leads from the content back to its element. This is what a screen reader follows.
 */
final class TaggedStructure {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page (its StructParents key), the element of each marked-content id, in id order. */
    private final Map<Integer, COSArray> elementsByPage = new TreeMap<>();

    TaggedStructure(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
    }

    /** A new element at the end of the document, e.g. {@code H1} or {@code P}. */
    PDStructureElement append(String structureType) {
        PDStructureElement element = new PDStructureElement(structureType, document);
        document.appendKid(element);
        return element;
    }

    /** The id of the next marked content on this page, which belongs to {@code element}. */
    int mark(PDStructureElement element, PDPage page, int pageIndex) {
        page.setStructParents(pageIndex);
        COSArray elements = elementsByPage.computeIfAbsent(pageIndex, index -> new COSArray());
        int markedContentId = elements.size();
        elements.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(markedContentId);
        element.appendKid(reference);
        return markedContentId;
    }

    /** Writes the parent tree; call once every page is marked. */
    void complete() {
        COSArray numbers = new COSArray();
        elementsByPage.forEach((page, elements) -> {
            numbers.add(COSInteger.get(page));
            numbers.add(elements);
        });
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, numbers);
        root.setParentTree(new PDNumberTreeNode(parentTree, COSBase.class));
        root.setParentTreeNextKey(elementsByPage.size());
    }
}
