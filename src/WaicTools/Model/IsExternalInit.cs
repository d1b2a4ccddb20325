namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 code declare init-only properties (set in an object initializer, never after): the compiler
/// needs this type, which newer frameworks define.
/// </summary>
internal static class IsExternalInit
{
}
