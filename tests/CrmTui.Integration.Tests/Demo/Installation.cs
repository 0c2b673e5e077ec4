namespace CrmTui.Integration.Tests.Demo;

/// <summary>crmtui as <c>install.sh --prefix</c> put it in place from a clean copy of HEAD.</summary>
/// <param name="Prefix">The temporary prefix given to install.sh.</param>
/// <param name="Binary">PREFIX/bin/crmtui.</param>
/// <param name="Source">The clean copy of the checkout's HEAD that install.sh ran in.</param>
/// <param name="CopyTime">git archive of HEAD and its extraction.</param>
/// <param name="InstallTime">install.sh from start to exit (the publish is nearly all of it).</param>
/// <param name="Output">install.sh's stdout and stderr.</param>
public sealed record Installation(string Prefix, string Binary, string Source, TimeSpan CopyTime, TimeSpan InstallTime, string Output);
