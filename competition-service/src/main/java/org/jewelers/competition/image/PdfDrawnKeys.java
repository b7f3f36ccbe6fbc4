package org.jewelers.competition.image;

import java.util.Set;

/**
 * The keys {@link PdfRebuild} carries over from the objects a page's content reaches: only what drawing reads, so
 * that whatever else a tool or a person writes into those objects stays behind without being named.
 */
final class PdfDrawnKeys {

    /** The entries drawing reads, in any of the objects a page's content reaches (fonts, images, forms, patterns). */
    static final Set<String> DRAWN = Set.of(
            "Type", "Subtype",
            // forms and transparency groups
            "BBox", "Matrix", "Resources", "Group", "FormType", "S", "CS", "I", "K",
            // images
            "Width", "Height", "ColorSpace", "BitsPerComponent", "Intent", "ImageMask", "Mask", "Decode",
            "Interpolate", "SMask", "SMaskInData", "Matte",
            // fonts and CMaps
            "BaseFont", "FirstChar", "LastChar", "Widths", "FontDescriptor", "Encoding", "ToUnicode",
            "DescendantFonts", "CIDSystemInfo", "DW", "W", "DW2", "W2", "CIDToGIDMap", "FontName", "FontFamily",
            "FontStretch", "FontWeight", "Flags", "FontBBox", "ItalicAngle", "Ascent", "Descent", "Leading",
            "CapHeight", "XHeight", "StemV", "StemH", "AvgWidth", "MaxWidth", "MissingWidth", "FontFile",
            "FontFile2", "FontFile3", "CharSet", "Style", "FD", "CIDSet", "Registry", "Ordering", "Supplement",
            "Differences", "BaseEncoding", "CharProcs", "FontMatrix", "Length1", "Length2", "Length3", "WMode",
            "CMapName", "UseCMap",
            // graphics states and soft masks
            "LW", "LC", "LJ", "ML", "D", "RI", "OP", "op", "OPM", "Font", "BG", "BG2", "UCR", "UCR2", "TR", "TR2",
            "HT", "FL", "SM", "SA", "BM", "CA", "ca", "AIS", "TK", "UseBlackPtComp", "G", "BC",
            // colour spaces
            "N", "Alternate", "Range", "WhitePoint", "BlackPoint", "Gamma", "Colorants", "Process", "Components",
            "MixingHints",
            // patterns and shadings
            "PatternType", "PaintType", "TilingType", "XStep", "YStep", "Shading", "ExtGState", "ShadingType",
            "Background", "AntiAlias", "Coords", "Domain", "Function", "Extend", "BitsPerCoordinate", "BitsPerFlag",
            "VerticesPerRow",
            // functions
            "FunctionType", "Size", "BitsPerSample", "Order", "Encode", "C0", "C1", "Functions", "Bounds",
            // halftones
            "HalftoneType", "Frequency", "Angle", "SpotFunction", "AccurateScreens", "TransferFunction", "Width2",
            "Height2", "Xsquare", "Ysquare");

    /** Dictionaries whose keys are names chosen by the file (a font's glyph names, a DeviceN's colourants). */
    static final Set<String> NAME_MAPS = Set.of("CharProcs", "Colorants");

    private PdfDrawnKeys() {
    }
}
