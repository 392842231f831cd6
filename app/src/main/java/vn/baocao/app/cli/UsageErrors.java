package vn.baocao.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.baocao.core.i18n.Messages;

/**
 * Says a mistake on the command line in the user's language. The command-line library words its
 * own errors in English ("Missing required parameter: 'FILE'"); each kind it reports is said again
 * here from what it knows (the option, the value, the names it would take), never in its words.
 */
final class UsageErrors {
    private UsageErrors() {}

    static String say(CommandLine.ParameterException e, Messages messages) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", "));
            // an option given without its value, or something required not given at all
            boolean valueOnly = String.valueOf(e.getMessage()).startsWith("Missing required parameter for option");
            return messages.get(valueOnly ? "cli.missingValue" : "cli.missing", names);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String given = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            List<String> suggestions = unmatched.getSuggestions();
            // where commands are expected, a word that is none of them is a misspelt command
            boolean command = !unmatched.isUnknownOption() && !e.getCommandLine().getSubcommands().isEmpty();
            String said = unmatched.isUnknownOption() ? messages.get("cli.unknownOption", given)
                    : command ? messages.get("cli.unknownCommand", given) : messages.get("cli.unexpectedArgument", given);
            return suggestions.isEmpty() ? said : said + " " + messages.get("cli.didYouMean", String.join(", ", suggestions));
        }
        if (e instanceof CommandLine.OverwrittenOptionException && e.getArgSpec() != null) {
            return messages.get("cli.optionTwice", name(e.getArgSpec()));
        }
        if (e instanceof CommandLine.MaxValuesExceededException) {
            return messages.get("cli.tooManyArguments");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            List<String> allowed = new ArrayList<>();
            Iterable<String> candidates = e.getArgSpec().completionCandidates();
            if (candidates != null) candidates.forEach(allowed::add);
            String said = messages.get("cli.badValue", e.getValue(), name(e.getArgSpec()));
            return allowed.isEmpty() ? said : said + " " + messages.get("cli.allowedValues", String.join(", ", allowed));
        }
        return messages.get("cli.badCommand");
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
