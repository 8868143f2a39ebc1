namespace SymConv.Cli;

/// <summary>What a path names, as stat sees it.</summary>
internal enum FileKind
{
    Regular,
    Folder,
    Link,
    Other,
}
