package dk.sygesikring.application.letter.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The field names a compiled template uses, in variables and sections. Left out: {@code .} and {@code this} (the
 * current item of a list) and Mustache's {@code -first}, {@code -last} and {@code -index}. Partials are not used.
 */
final class UsedNames implements Mustache.Visitor {

    private final Set<String> names = new LinkedHashSet<>();
    private final String file;

    private UsedNames(String file) {
        this.file = file;
    }

    static Set<String> of(Template template, String file) {
        UsedNames visitor = new UsedNames(file);
        template.visit(visitor);
        return visitor.names;
    }

    @Override
    public void visitText(String text) {
        // plain text names nothing
    }

    @Override
    public void visitVariable(String name) {
        add(name);
    }

    @Override
    public boolean visitInclude(String name) {
        throw new IllegalStateException(file + ": a letter template includes no other template ({{> " + name + "}})");
    }

    @Override
    public boolean visitSection(String name) {
        add(name);
        return true;
    }

    @Override
    public boolean visitInvertedSection(String name) {
        add(name);
        return true;
    }

    private void add(String name) {
        if (!name.equals(".") && !name.equals("this") && !name.startsWith("-")) {
            names.add(name);
        }
    }
}
