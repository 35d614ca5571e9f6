namespace Sozialinfo.Knowledge.Core.Content.DocumentTypes;

/// <summary>A document-type definition file is invalid; the message names the file and the field.</summary>
public sealed class DocumentTypeDefinitionException : Exception
{
    public DocumentTypeDefinitionException(string file, string field, string reason)
        : base($"Invalid document type definition in '{file}', field '{field}': {reason}")
    {
        File = file;
        Field = field;
        Reason = reason;
    }

    public DocumentTypeDefinitionException()
    {
        File = Field = Reason = string.Empty;
    }

    public DocumentTypeDefinitionException(string message)
        : base(message)
    {
        File = Field = Reason = string.Empty;
    }

    public DocumentTypeDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Field = Reason = string.Empty;
    }

    public string File { get; }

    public string Field { get; }

    public string Reason { get; }
}
