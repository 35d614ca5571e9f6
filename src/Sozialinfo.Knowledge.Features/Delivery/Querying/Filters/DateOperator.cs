namespace Sozialinfo.Knowledge.Features.Delivery.Querying.Filters;

/// <summary>Umbraco's date filter operators: <c>:</c> <c>:!</c> <c>&gt;</c> <c>&gt;:</c> <c>&lt;</c> <c>&lt;:</c>.</summary>
internal enum DateOperator
{
    Is,
    IsNot,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
