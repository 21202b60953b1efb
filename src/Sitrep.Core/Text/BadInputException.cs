namespace Sitrep.Core.Text;

/// Input the user can fix: the message names the input, the line (when there is one) and what was wrong.
public sealed class BadInputException : Exception
{
    public BadInputException(string input, int? line, string problem)
        : base(line is null ? $"{input}: {problem}" : $"{input}:{line}: {problem}")
    {
        Input = input;
        Line = line;
        Problem = problem;
    }

    public BadInputException() : this("input", null, "bad input") { }
    public BadInputException(string message) : this("input", null, message) { }
    public BadInputException(string message, Exception inner) : base(message, inner) { Input = "input"; Problem = message; }

    public string Input { get; } = "input";
    public int? Line { get; }
    public string Problem { get; } = "";
}
