using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Sozialinfo.Knowledge.Search.Lucene.Indexing;

/// <summary>Turns a <see cref="ValueSet"/> into a Lucene document following <see cref="ContentIndexFields"/>.</summary>
internal static class LuceneDocumentFactory
{
    public static Document Create(ValueSet values)
    {
        var document = new Document();
        foreach (var (name, list) in values.Values)
        {
            var definition = ContentIndexFields.Get(name);
            foreach (var value in list)
            {
                AddField(document, definition, value);
            }
        }

        return document;
    }

    private static void AddField(Document document, IndexFieldDefinition definition, object value)
    {
        var name = definition.Name;
        switch (definition.Kind)
        {
            case IndexFieldKind.FullText:
            case IndexFieldKind.Suggest:
                document.Add(new TextField(name, (string)value, definition.Stored ? Field.Store.YES : Field.Store.NO));
                break;
            case IndexFieldKind.Keyword:
                document.Add(new StringField(name, (string)value, Field.Store.NO));
                if (name != ContentIndexFields.Id)
                {
                    document.Add(new SortedSetDocValuesField(name, new BytesRef((string)value)));
                }

                break;
            case IndexFieldKind.Term:
                document.Add(new StringField(name, (string)value, Field.Store.NO));
                break;
            case IndexFieldKind.CollationKey:
                document.Add(new SortedDocValuesField(name, new BytesRef((byte[])value)));
                break;
            case IndexFieldKind.Sortable:
                document.Add(new StringField(name, (string)value, definition.Stored ? Field.Store.YES : Field.Store.NO));
                document.Add(new SortedDocValuesField(name, new BytesRef((string)value)));
                break;
            case IndexFieldKind.Date:
                var ticks = ((DateTimeOffset)value).UtcTicks;
                document.Add(new Int64Field(name, ticks, Field.Store.NO));
                document.Add(new NumericDocValuesField(name, ticks));
                break;
            case IndexFieldKind.Number:
                document.Add(new Int64Field(name, (long)value, Field.Store.NO));
                document.Add(new NumericDocValuesField(name, (long)value));
                break;
            case IndexFieldKind.StoredOnly:
                document.Add(new StoredField(name, (string)value));
                break;
            default:
                throw new InvalidOperationException($"Unknown field kind {definition.Kind}.");
        }
    }
}
