package org.jewelers.competition.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A new PDF made of an uploaded one's pages: their boxes, their content, and the resources that content names,
 * copied entry by entry from what drawing reads. Nothing else is carried over, so whatever a tool or a person adds
 * elsewhere stays behind without being named here: document information and XMP, annotations (with their authors and
 * texts), outlines, forms and XFA, scripts and actions, embedded and associated files, /PieceInfo (where design
 * tools write user names and file paths), /Metadata on any object, optional content and structure. Every stream is
 * decoded under the work budget and stored anew; JPEG images lose their EXIF, XMP and comments as uploaded photos
 * do, and images are held to the pixel limits of uploaded ones.
 */
final class PdfRebuild {

    /** The kinds of resource a content stream names. */
    private static final Set<COSName> RESOURCE_KINDS = Set.of(COSName.FONT, COSName.XOBJECT, COSName.EXT_G_STATE,
            COSName.COLORSPACE, COSName.PATTERN, COSName.SHADING);

    private final PDDocument target;
    private final WorkBudget budget;
    private final Map<COSBase, COSBase> copies = new IdentityHashMap<>();

    private PdfRebuild(PDDocument target, WorkBudget budget) {
        this.target = target;
        this.budget = budget;
    }

    static PDDocument of(PDDocument source, WorkBudget budget) throws IOException {
        PDDocument target = new PDDocument();
        try {
            PdfRebuild rebuild = new PdfRebuild(target, budget);
            for (PDPage page : source.getPages()) {
                target.addPage(rebuild.page(page));
            }
            return target;
        } catch (IOException | RuntimeException e) {
            target.close();
            throw e;
        }
    }

    private PDPage page(PDPage page) throws IOException {
        PDPage copy = new PDPage(page.getMediaBox());
        copy.setCropBox(page.getCropBox());
        copy.setRotation(page.getRotation());
        if (page.getCOSObject().getDictionaryObject(COSName.GROUP) instanceof COSDictionary group) {
            copy.getCOSObject().setItem(COSName.GROUP, copy(group));
        }
        byte[] content = content(page.getCOSObject().getDictionaryObject(COSName.CONTENTS));
        PDResources resources = page.getResources();
        copy.setResources(new PDResources(resources(resources == null ? null : resources.getCOSObject(), content)));
        COSStream stream = target.getDocument().createCOSStream();
        write(stream, content);
        copy.setContents(new PDStream(stream));
        return copy;
    }

    /** A page's content streams decoded and joined, as a viewer reads them. */
    private byte[] content(COSBase contents) throws IOException {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        if (contents instanceof COSStream stream) {
            joined.writeBytes(decoded(stream));
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSStream stream) {
                    joined.writeBytes(decoded(stream));
                    joined.write('\n');
                }
            }
        }
        return joined.toByteArray();
    }

    private byte[] decoded(COSStream stream) throws IOException {
        StreamData data = StreamData.of(stream, budget);
        if (data.codec() != null) {
            throw new IOException("a content stream is encoded as an image");
        }
        return data.data();
    }

    /** The resources {@code content} names; all of them when the content is not known (a Type 3 font's). */
    private COSDictionary resources(COSDictionary resources, byte[] content) throws IOException {
        COSDictionary copy = new COSDictionary();
        if (resources == null) {
            return copy;
        }
        Set<String> named = content == null ? null : names(content);
        for (COSName kind : RESOURCE_KINDS) {
            if (resources.getDictionaryObject(kind) instanceof COSDictionary entries) {
                COSDictionary kept = new COSDictionary();
                for (Map.Entry<COSName, COSBase> entry : entries.entrySet()) {
                    if (named == null || named.contains(entry.getKey().getName())) {
                        kept.setItem(entry.getKey(), copy(entry.getValue()));
                    }
                }
                copy.setItem(kind, kept);
            }
        }
        return copy;
    }

    /** Every name a content stream mentions as an operand, inline images' included: the resources it may use. */
    private Set<String> names(byte[] content) throws IOException {
        Set<String> names = new HashSet<>();
        PDFStreamParser parser = new PDFStreamParser(content);
        int tokens = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (++tokens % 4096 == 0) {
                budget.check();
            }
            if (token instanceof COSName name) {
                names.add(name.getName());
            } else if (token instanceof Operator operator && operator.getImageParameters() != null) {
                for (COSBase value : operator.getImageParameters().getValues()) {
                    if (value instanceof COSName name) {
                        names.add(name.getName());
                    }
                }
            }
        }
        return names;
    }

    private COSBase copy(COSBase value) throws IOException {
        COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
        if (!(object instanceof COSDictionary) && !(object instanceof COSArray)) {
            return object;
        }
        COSBase done = copies.get(object);
        if (done != null) {
            return done;
        }
        budget.check();
        if (object instanceof COSArray array) {
            COSArray copy = new COSArray();
            copies.put(array, copy);
            for (int i = 0; i < array.size(); i++) {
                COSBase element = copy(array.get(i));
                copy.add(element == null ? COSNull.NULL : element);
            }
            return copy;
        }
        if (object instanceof COSStream stream) {
            return stream(stream);
        }
        COSDictionary dictionary = (COSDictionary) object;
        COSDictionary copy = new COSDictionary();
        copies.put(dictionary, copy);
        entries(dictionary, copy, null);
        return copy;
    }

    /**
     * The drawn entries of {@code source} copied into {@code copy}; a form's or pattern's resources are cut down to
     * those its {@code content} names.
     */
    private void entries(COSDictionary source, COSDictionary copy, byte[] content) throws IOException {
        for (Map.Entry<COSName, COSBase> entry : source.entrySet()) {
            String key = entry.getKey().getName();
            if (!PdfDrawnKeys.DRAWN.contains(key)) {
                continue;
            }
            COSBase value = entry.getValue() instanceof COSObject reference ? reference.getObject() : entry.getValue();
            if (key.equals("Resources") && value instanceof COSDictionary resources) {
                copy.setItem(entry.getKey(), resources(resources, content));
            } else if (PdfDrawnKeys.NAME_MAPS.contains(key) && value instanceof COSDictionary map && !(map instanceof COSStream)) {
                COSDictionary mapped = new COSDictionary();
                for (Map.Entry<COSName, COSBase> named : map.entrySet()) {
                    mapped.setItem(named.getKey(), copy(named.getValue()));
                }
                copy.setItem(entry.getKey(), mapped);
            } else {
                copy.setItem(entry.getKey(), copy(value));
            }
        }
    }

    private COSStream stream(COSStream source) throws IOException {
        COSStream copy = target.getDocument().createCOSStream();
        copies.put(source, copy);
        StreamData data = StreamData.of(source, budget);
        boolean image = COSName.IMAGE.equals(source.getCOSName(COSName.SUBTYPE));
        if (image) {
            PixelLimits.check(source.getInt(COSName.WIDTH), source.getInt(COSName.HEIGHT));
        }
        boolean drawn = data.codec() == null && source.containsKey(COSName.RESOURCES);
        entries(source, copy, drawn ? data.data() : null);
        if (data.codec() == null) {
            write(copy, data.data());
        } else {
            try (OutputStream out = copy.createRawOutputStream()) {
                out.write(image(data));
            }
            copy.setItem(COSName.FILTER, data.codec());
            if (data.codecParams() != null) {
                COSDictionary params = new COSDictionary();
                for (Map.Entry<COSName, COSBase> entry : data.codecParams().entrySet()) {
                    params.setItem(entry.getKey(), copy(entry.getValue()));
                }
                copy.setItem(COSName.DECODE_PARMS, params);
            }
        }
        return copy;
    }

    /** An image's compressed data, cleaned as an uploaded image of its kind is. */
    private static byte[] image(StreamData data) {
        if (COSName.DCT_DECODE.equals(data.codec()) || COSName.DCT_DECODE_ABBREVIATION.equals(data.codec())) {
            RasterImage.Size size = new RasterImage(ImageFormat.JPEG, data.data()).size();
            PixelLimits.check(size.width(), size.height());
            return JpegSegments.strip(data.data());
        }
        if (COSName.JPX_DECODE.equals(data.codec())) {
            // A JPEG 2000 file has boxes of its own for XML and XMP; none of the accepted formats needs it.
            throw ImageRefused.unprocessable("The PDF holds a JPEG 2000 image; save its images as JPEG or PNG");
        }
        return data.data();
    }

    private static void write(COSStream stream, byte[] data) throws IOException {
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
    }
}
