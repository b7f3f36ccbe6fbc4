package org.jewelers.competition.image;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * A stream's data decoded by its own filters under the work budget, which counts the bytes as each filter writes
 * them: PDFBox would decode a whole stream into memory before anything could look at its size. A final image codec
 * is not decoded: its data stays as compact as it came, with its parameters.
 *
 * @param data        decoded, or still in {@code codec}
 * @param codec       DCTDecode, JPXDecode, JBIG2Decode or CCITTFaxDecode; null when {@code data} is fully decoded
 * @param codecParams the codec's decode parameters; null when it has none
 */
record StreamData(byte[] data, COSName codec, COSDictionary codecParams) {

    private static final Set<COSName> CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    static StreamData of(COSStream stream, WorkBudget budget) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readAllBytes();
        }
        boolean codecLast = !filters.isEmpty() && CODECS.contains(filters.get(filters.size() - 1));
        int decoded = codecLast ? filters.size() - 1 : filters.size();
        for (int i = 0; i < decoded; i++) {
            budget.check();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream capped = budget.capped(out)) {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(new ByteArrayInputStream(data), capped, stream, i);
            }
            data = out.toByteArray();
        }
        if (!codecLast) {
            return new StreamData(data, null, null);
        }
        return new StreamData(data, filters.get(decoded), params(stream, decoded));
    }

    private static List<COSName> filters(COSBase filter) throws IOException {
        List<COSName> names = new ArrayList<>();
        if (filter instanceof COSName name) {
            names.add(name);
        } else if (filter instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.getObject(i) instanceof COSName name)) {
                    throw new IOException("a stream's filter is not a name");
                }
                names.add(name);
            }
        } else if (filter != null) {
            throw new IOException("a stream's filter is neither a name nor an array of names");
        }
        return names;
    }

    private static COSDictionary params(COSStream stream, int index) {
        COSBase params = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP);
        if (params instanceof COSDictionary dictionary) {
            return index == 0 ? dictionary : null;
        }
        if (params instanceof COSArray array && index < array.size()
                && array.getObject(index) instanceof COSDictionary dictionary) {
            return dictionary;
        }
        return null;
    }
}
