namespace Caaa.Cli;

/// <summary>A mistake in what the user asked for or pointed at; printed as one line, never as a stack trace.</summary>
internal sealed class UserError(string message, Exception? inner = null) : Exception(message, inner);
