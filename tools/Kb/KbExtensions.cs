using SafetyBot.Knowledge.Content;

namespace SafetyBot.Kb;

/// <summary>The retrieval commands (search, eval) live with the retrieval code.</summary>
public static partial class KbExtensions
{
    public static async Task<int> RunAsync(string command, KbOptions options, LoadedContent loaded, TextWriter output, TextWriter error)
    {
        await error.WriteLineAsync($"unknown command '{command}'\n\n{KbCommand.Usage}");
        return 2;
    }
}
