using SafetyBot.Kb;

return await KbCommand.RunAsync(args, Console.Out, Console.Error, TimeProvider.System);
