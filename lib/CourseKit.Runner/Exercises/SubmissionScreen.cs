using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CourseKit.Runner.Exercises;

/// <summary>Refuses submitted exercise cells that could reach the checks instead of answering: top-level declarations or
/// assignments of a name the check cells use (a <c>class Check</c>, a variable <c>Check</c>, <c>labels = ...</c>),
/// directives (<c>#r</c>, <c>#!</c>), and APIs that reach the kernel, reflection or the raw process streams. A refused
/// exercise scores 0 and its instructor stub runs in its place. Syntactic: reflection-free tampering it cannot see is
/// still caught by the grader judging only observed cell outcomes.</summary>
public static class SubmissionScreen
{
    static readonly HashSet<string> AlwaysProtected = ["Check", "CheckFailedException", "CourseKit", "NotImplementedException", "Exception", "System", "Console", "Environment"];

    static readonly HashSet<string> Forbidden = ["Reflection", "Interactive", "AddMiddleware", "AppDomain", "AssemblyLoadContext", "Marshal",
        "DllImport", "LibraryImport", "DynamicMethod", "UnsafeAccessor", "OpenStandardOutput", "OpenStandardError", "OpenStandardInput",
        "GetField", "GetFields", "GetProperty", "GetProperties", "GetMethod", "GetMethods", "SetValue", "InvokeMember", "Activator", "Harmony"];

    /// <summary>Names a submission must not declare at top level nor assign: every identifier of the instructor's check
    /// cells and the check helpers, except what the instructor's own exercise cell declares (the answer's names).</summary>
    public static IReadOnlySet<string> ProtectedNames(ExerciseNotebook instructor)
    {
        var names = new HashSet<string>(AlwaysProtected);
        foreach (var number in instructor.CheckCells.Keys)
            names.UnionWith(Parse(instructor.Notebook.Cells[number - 1].Code).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
        foreach (var number in instructor.ExerciseCells.Keys)
            names.ExceptWith(TopLevelDeclarations(Parse(instructor.Notebook.Cells[number - 1].Code)).Select(d => d.Name));
        return names;
    }

    /// <summary>Why this submitted exercise cell is refused, or null when it may run.</summary>
    public static string? Refusal(string code, IReadOnlySet<string> protectedNames)
    {
        foreach (var line in Markers.Lines(code).Select(l => l.TrimStart()))
            if (line.StartsWith("#r") || line.StartsWith("#!") || line.StartsWith("#load"))
                return $"'{line}': directives (#r, #!, #load) are not allowed in exercise cells.";
        var tree = Parse(code);
        var root = tree.GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && Forbidden.Contains(token.ValueText))
                return $"uses '{token.ValueText}' (line {Line(token)}), which grading does not allow in exercise cells: it can reach the checks or the grader.";
            if (token.IsKind(SyntaxKind.UnsafeKeyword) || token.IsKind(SyntaxKind.ExternKeyword))
                return $"uses '{token.Text}' (line {Line(token)}), which grading does not allow in exercise cells.";
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == "Kernel" && token.Parent?.Parent is MemberAccessExpressionSyntax)
                return $"uses 'Kernel' (line {Line(token)}): exercise cells may not reach the notebook kernel.";
        }
        foreach (var (name, node) in TopLevelDeclarations(tree))
            if (protectedNames.Contains(name))
                return $"declares '{name}' (line {Line(node.GetFirstToken())}), a name the checks use: rename it.";
        foreach (var target in AssignmentTargets(root))
        {
            var name = RootName(target);
            if (name is null || !protectedNames.Contains(name) || DeclaredLocally(target, name)) continue;
            return $"assigns to '{target}' (line {Line(target.GetFirstToken())}), which the checks use: an answer must not change the checks' inputs.";
        }
        return null;
    }

    static int Line(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    static SyntaxTree Parse(string code) =>
        CSharpSyntaxTree.ParseText(string.Join("\n", Markers.Lines(code).Select(l => l.TrimStart().StartsWith("#!") ? "" : l)),
            new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));

    /// <summary>Names a cell adds to the script's scope: types, methods, variables, properties, using aliases.</summary>
    static IEnumerable<(string Name, SyntaxNode Node)> TopLevelDeclarations(SyntaxTree tree)
    {
        var unit = (CompilationUnitSyntax)tree.GetRoot();
        foreach (var alias in unit.Usings.Where(u => u.Alias is not null)) yield return (alias.Alias!.Name.Identifier.ValueText, alias);
        foreach (var member in unit.Members)
            switch (member)
            {
                case BaseTypeDeclarationSyntax t: yield return (t.Identifier.ValueText, t); break;
                case DelegateDeclarationSyntax d: yield return (d.Identifier.ValueText, d); break;
                case MethodDeclarationSyntax m: yield return (m.Identifier.ValueText, m); break;
                case PropertyDeclarationSyntax p: yield return (p.Identifier.ValueText, p); break;
                case BaseFieldDeclarationSyntax f:
                    foreach (var v in f.Declaration.Variables) yield return (v.Identifier.ValueText, v);
                    break;
                case GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax l }:
                    foreach (var v in l.Declaration.Variables) yield return (v.Identifier.ValueText, v);
                    break;
                case GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax lf }: yield return (lf.Identifier.ValueText, lf); break;
                case GlobalStatementSyntax g:
                    foreach (var d in g.DescendantNodes().OfType<SingleVariableDesignationSyntax>()
                                 .Where(d => !d.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or BlockSyntax)))
                        yield return (d.Identifier.ValueText, d);
                    break;
            }
    }

    static IEnumerable<ExpressionSyntax> AssignmentTargets(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
            switch (node)
            {
                case AssignmentExpressionSyntax a: yield return a.Left; break;
                case PrefixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.PreIncrementExpression) || p.IsKind(SyntaxKind.PreDecrementExpression): yield return p.Operand; break;
                case PostfixUnaryExpressionSyntax p when p.IsKind(SyntaxKind.PostIncrementExpression) || p.IsKind(SyntaxKind.PostDecrementExpression): yield return p.Operand; break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } arg when arg.Expression is not DeclarationExpressionSyntax: yield return arg.Expression; break;
            }
    }

    /// <summary>The leftmost identifier of <c>a.b[c].d</c>, skipping <c>global::</c> and <c>this.</c>.</summary>
    static string? RootName(ExpressionSyntax e)
    {
        while (true)
            switch (e)
            {
                case MemberAccessExpressionSyntax m when m.Expression is ThisExpressionSyntax: return m.Name.Identifier.ValueText;
                case MemberAccessExpressionSyntax m: e = m.Expression; break;
                case ElementAccessExpressionSyntax el: e = el.Expression; break;
                case ConditionalAccessExpressionSyntax c: e = c.Expression; break;
                case ParenthesizedExpressionSyntax p: e = p.Expression; break;
                case AliasQualifiedNameSyntax a: return a.Name.Identifier.ValueText;
                case QualifiedNameSyntax q: e = q.Left; break;
                case SimpleNameSyntax s: return s.Identifier.ValueText;
                case TupleExpressionSyntax: return null;
                default: return null;
            }
    }

    /// <summary>True when <paramref name="name"/> is a parameter or local of a member or lambda enclosing <paramref name="at"/>.</summary>
    static bool DeclaredLocally(SyntaxNode at, string name)
    {
        foreach (var scope in at.Ancestors().Where(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax))
        {
            if (scope.DescendantNodes().OfType<ParameterSyntax>().Any(p => p.Identifier.ValueText == name)) return true;
            if (scope.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(v => v.Identifier.ValueText == name)) return true;
            if (scope.DescendantNodes().OfType<SingleVariableDesignationSyntax>().Any(v => v.Identifier.ValueText == name)) return true;
            if (scope.DescendantNodes().OfType<ForEachStatementSyntax>().Any(v => v.Identifier.ValueText == name)) return true;
        }
        return false;
    }
}
