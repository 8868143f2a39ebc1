namespace SymConv.Onnx;

/// <summary>ONNX's auto_pad attribute of Conv and ConvTranspose.</summary>
internal enum AutoPad
{
    /// <summary>NOTSET (the default): the pads attribute says the padding.</summary>
    NotSet,

    /// <summary>SAME_UPPER: padding for an output of ceil(n/stride) (n·stride transposed), the odd pixel at the end.</summary>
    SameUpper,

    /// <summary>SAME_LOWER: as SAME_UPPER with the odd pixel at the start.</summary>
    SameLower,

    /// <summary>VALID: no padding.</summary>
    Valid,
}
