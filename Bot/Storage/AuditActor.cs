using System.Security.Cryptography;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// The actor of an audit entry after their "vergeet mij": the entries stay (the school's record of what
/// was done) but name the actor by a pseudonym, the same for all of that user's entries of one erasure
/// and derived from nothing (docs/privacy.md, "Audit log").
/// </summary>
public static class AuditActor
{
    public const string ErasedPrefix = "gewist-";

    public static string NewPseudonym() => ErasedPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    public static bool IsPseudonym(string actorKey) => actorKey.StartsWith(ErasedPrefix, StringComparison.Ordinal);
}
