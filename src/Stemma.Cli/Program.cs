using Stemma.Cli;

return await StemmaApp.RunAsync(args, Console.OpenStandardInput, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
