using System.Text.Encodings.Web;
using System.Text.Json;
using Sozialinfo.Knowledge.Core.Content.DocumentTypes;
using Sozialinfo.Knowledge.Features.Content.Values;

namespace Sozialinfo.Knowledge.Features.Tests.Content.Values;

public sealed class PropertyValueConverterTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static PropertyType Property(string editor, string? pattern = null, string? message = null) =>
        new("value", "Wert", editor, Mandatory: false, pattern, message, VariesByCulture: true, Group: null, AllowedTypes: []);

    [Theory]
    [InlineData(PropertyEditorAlias.TextBox, "Hallo", "\"Hallo\"")]
    [InlineData(PropertyEditorAlias.Integer, "42", "42")]
    [InlineData(PropertyEditorAlias.Integer, "-7", "-7")]
    [InlineData(PropertyEditorAlias.Decimal, "120.50", "120.50")]
    [InlineData(PropertyEditorAlias.TrueFalse, "TRUE", "true")]
    [InlineData(PropertyEditorAlias.TrueFalse, "0", "false")]
    [InlineData(PropertyEditorAlias.DateTime, "2027-01-19T12:15:00+01:00", "\"2027-01-19T12:15:00+01:00\"")]
    [InlineData(PropertyEditorAlias.DateTime, "2027-07-01T09:00:00", "\"2027-07-01T09:00:00+02:00\"")]
    [InlineData(PropertyEditorAlias.DateTime, "2027-01-19T11:15:00Z", "\"2027-01-19T11:15:00+00:00\"")]
    [InlineData(PropertyEditorAlias.ContentPicker, "41FD2DFD-309C-4E6D-A5BD-A53B9366FE5C", "\"41fd2dfd-309c-4e6d-a5bd-a53b9366fe5c\"")]
    [InlineData(PropertyEditorAlias.Tags, "a, b ,a", "[\"a\",\"b\"]")]
    public void Convert_ScalarForEditor_GivesStorageForm(string editor, string text, string json)
    {
        var converted = PropertyValueConverter.Convert(Property(editor), RawValue.Scalar(text));

        Assert.True(converted.IsValid, converted.Error);
        Assert.Equal(json, converted.Value!.ToJsonString(Relaxed));
    }

    [Theory]
    [InlineData(PropertyEditorAlias.Integer, "1.5", "«Wert» erwartet eine ganze Zahl.")]
    [InlineData(PropertyEditorAlias.Decimal, "1'200", "«Wert» erwartet eine Zahl mit Dezimalpunkt (z. B. 120.50).")]
    [InlineData(PropertyEditorAlias.TrueFalse, "ja", "«Wert» erwartet true oder false.")]
    [InlineData(PropertyEditorAlias.DateTime, "19.01.2027", "«Wert» erwartet ein Datum nach ISO 8601 (z. B. 2026-03-02T09:15:00+01:00).")]
    [InlineData(PropertyEditorAlias.DateTime, "0001-01-01", "«Wert» erwartet ein Datum nach ISO 8601 (z. B. 2026-03-02T09:15:00+01:00).")]
    [InlineData(PropertyEditorAlias.DateTime, "0001-01-01T00:00:00", "«Wert» erwartet ein Datum nach ISO 8601 (z. B. 2026-03-02T09:15:00+01:00).")]
    [InlineData(PropertyEditorAlias.DateTime, "0001-01-01T00:00:00+14:00", "«Wert» erwartet ein Datum nach ISO 8601 (z. B. 2026-03-02T09:15:00+01:00).")]
    [InlineData(PropertyEditorAlias.DateTime, "9999-12-31T23:59:59-14:00", "«Wert» erwartet ein Datum nach ISO 8601 (z. B. 2026-03-02T09:15:00+01:00).")]
    [InlineData(PropertyEditorAlias.ContentPicker, "kein-schluessel", "«Wert» erwartet einen einzelnen Inhaltsschlüssel (GUID).")]
    [InlineData(PropertyEditorAlias.MultiNodeTreePicker, "41fd2dfd-309c-4e6d-a5bd-a53b9366fe5c, x", "«Wert» erwartet eine Liste von Inhaltsschlüsseln (GUID).")]
    public void Convert_IncompatibleScalar_GermanReason(string editor, string text, string reason) =>
        Assert.Equal(reason, PropertyValueConverter.Convert(Property(editor), RawValue.Scalar(text)).Error);

    [Fact]
    public void Convert_ListForTextEditor_Refused() =>
        Assert.Equal("«Wert» erwartet einen Text.", PropertyValueConverter.Convert(Property(PropertyEditorAlias.TextBox), RawValue.List(["a"])).Error);

    [Fact]
    public void Convert_NestedObject_Refused() =>
        Assert.False(PropertyValueConverter.Convert(Property(PropertyEditorAlias.Tags), RawValue.Unsupported()).IsValid);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Convert_EmptyText_NoValue(string text)
    {
        var converted = PropertyValueConverter.Convert(Property(PropertyEditorAlias.TextArea, "^.{5,}$"), RawValue.Scalar(text));

        Assert.True(converted.IsValid);
        Assert.Null(converted.Value);
    }

    [Fact]
    public void Convert_PatternViolation_UsesValidationMessage() =>
        Assert.Equal("Höchstens 3 Zeichen.", PropertyValueConverter.Convert(
            Property(PropertyEditorAlias.TextBox, "^.{0,3}$", "Höchstens 3 Zeichen."), RawValue.Scalar("abcd")).Error);

    [Fact]
    public void Convert_TagViolatingPattern_NamesTag() =>
        Assert.Equal("«x:y»: Nur a.", PropertyValueConverter.Convert(
            Property(PropertyEditorAlias.Tags, "^a$", "Nur a."), RawValue.List(["a", "x:y"])).Error);

    [Fact]
    public void Convert_IntegerPattern_CheckedOnCanonicalNumber() =>
        Assert.False(PropertyValueConverter.Convert(Property(PropertyEditorAlias.Integer, "^[1-9][0-9]{0,3}$"), RawValue.Scalar("10000")).IsValid);
}
