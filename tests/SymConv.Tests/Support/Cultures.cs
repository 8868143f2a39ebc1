using System.Globalization;

namespace SymConv.Tests.Support;

/// <summary>Runs code under a chosen culture, as a user's machine would, and puts the old one back.</summary>
public static class Cultures
{
    public static T Under<T>(CultureInfo culture, Func<T> action)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try { return action(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi); }
    }
}
