using System.Runtime.CompilerServices;

// The Caaa.Cli project builds an assembly named "caaa" (the command's name), so the csproj's
// InternalsVisibleTo("Caaa.Cli") does not reach it.
[assembly: InternalsVisibleTo("caaa")]
