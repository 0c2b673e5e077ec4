using CrmTui.Cli;

return await CliApp.RunAsync(args);
