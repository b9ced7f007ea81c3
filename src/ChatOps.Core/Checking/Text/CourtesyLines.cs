using System.Text.RegularExpressions;

namespace ChatOps.Core.Checking.Text;

/// <summary>Recognises greeting and sign-off lines ("Hi Ilse,", "Kind regards,") wherever they stand.</summary>
internal static partial class CourtesyLines
{
    public static bool IsGreetingOrSignOff(string line) => IsGreeting(line) || IsSignOff(line);

    public static bool IsGreeting(string line) => Greeting().IsMatch(line.Trim());

    public static bool IsSignOff(string line) => SignOff().IsMatch(line.Trim());

    [GeneratedRegex(@"^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)|hi there|hello there)\b[^.?]{0,80}[,!:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(best|best regards|kind regards|kindest regards|warm regards|warmest regards|warm wishes|warmest wishes|kind wishes|thanks and regards|thanks and best regards|with gratitude|gratefully|stay well|speak soon|yours faithfully|faithfully|respectfully yours|regards|many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|yours truly|yours|all the best|best wishes|with thanks|with best wishes|talk soon|take care|respectfully|warmly|with appreciation)[,!.]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();
}
