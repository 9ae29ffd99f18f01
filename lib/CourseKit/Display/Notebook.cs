using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace CourseKit.Display;

/// <summary>Talks to the notebook kernel when there is one (Polyglot Notebooks, <c>coursekit run</c>); in a console every call
/// is harmless. Taught in 00-setup.</summary>
public static class Notebook
{
    static bool registered;

    /// <summary>True inside a running notebook cell.</summary>
    public static bool IsKernel => KernelInvocationContext.Current is not null;

    /// <summary>Registers how CourseKit's results look in a notebook (tables, figures). Called by <see cref="Setup.Init"/>.</summary>
    public static void RegisterFormatters()
    {
        if (registered) return;
        registered = true;
        foreach (var register in Formatters.All) register();
    }

    /// <summary>Shows a value below the running cell and returns a handle that replaces it in place; null outside a notebook.</summary>
    public static LiveOutput? Show(object value)
    {
        var context = KernelInvocationContext.Current;
        if (context is null) return null;
        var formatted = FormattedValue.CreateManyFromObject(value, HtmlFormatter.MimeType);
        // Published by hand: KernelInvocationContext.Display returns a handle whose id differs from the one it publishes
        // (a bug in this version), so its updates would not replace the output.
        var id = Guid.NewGuid().ToString("N");
        context.Publish(new DisplayedValueProduced(value, context.Command, formatted, id));
        return new LiveOutput(context, id);
    }
}

/// <summary>An output in a notebook that can be replaced in place (progress bars, live plots).</summary>
public sealed class LiveOutput(KernelInvocationContext context, string id)
{
    /// <summary>Replaces the output with a new value.</summary>
    public void Update(object value)
    {
        var target = KernelInvocationContext.Current ?? context;
        target.Publish(new DisplayedValueUpdated(value, id, target.Command, FormattedValue.CreateManyFromObject(value, HtmlFormatter.MimeType)));
    }
}
