package io.strata.liquibase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import liquibase.change.custom.CustomSqlChange;

/** Compiles a Liquibase custom change class that runs one SQL statement, and packs it as a jar. */
final class CustomChangeJar {

    private CustomChangeJar() {
    }

    static Path build(Path dir, String className, String sql) throws IOException {
        int dot = className.lastIndexOf('.');
        String pkg = className.substring(0, dot);
        String simple = className.substring(dot + 1);
        Path src = dir.resolve("src").resolve(pkg.replace('.', '/')).resolve(simple + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package %s;
                public class %s implements liquibase.change.custom.CustomSqlChange {
                    public liquibase.statement.SqlStatement[] generateStatements(liquibase.database.Database database) {
                        return new liquibase.statement.SqlStatement[] { new liquibase.statement.core.RawSqlStatement("%s") };
                    }
                    public String getConfirmationMessage() { return "done"; }
                    public void setUp() { }
                    public void setFileOpener(liquibase.resource.ResourceAccessor accessor) { }
                    public liquibase.exception.ValidationErrors validate(liquibase.database.Database database) {
                        return new liquibase.exception.ValidationErrors();
                    }
                }
                """.formatted(pkg, simple, sql));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        String liquibase;
        try {
            liquibase = Path.of(CustomSqlChange.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        int result = compiler.run(null, null, null, "-d", classes.toString(), "-cp", liquibase, src.toString());
        if (result != 0) {
            throw new IOException("javac failed for " + src);
        }
        Path jar = dir.resolve(simple + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Path file = classes.resolve(pkg.replace('.', '/')).resolve(simple + ".class");
            out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
            Files.copy(file, out);
            out.closeEntry();
        }
        return jar;
    }
}
