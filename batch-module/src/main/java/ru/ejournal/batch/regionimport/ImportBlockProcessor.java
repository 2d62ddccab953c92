package ru.ejournal.batch.regionimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks each record of a block with {@link StageRules} (no database): a record that passes gets its
 * staging values, one that does not its reason. An import for one school (job parameter {@code schoolCode}:
 * a school administrator's) refuses every record of another school code, a new school's included.
 */
@Named
public class ImportBlockProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String schoolCode;

    @Override
    public Object processItem(Object item) {
        ImportBlock block = (ImportBlock) item;
        String scope = schoolCode == null || schoolCode.isBlank() ? null : schoolCode.trim();
        List<StagedBlock.Staged> staged = new ArrayList<>(block.rows().size());
        List<StagedBlock.Refused> refused = new ArrayList<>();
        for (ImportRow row : block.rows()) {
            try {
                ImportRowProcessor.checkScope(scope, row);
                staged.add(new StagedBlock.Staged(row.line(), StageRules.stage(row)));
            } catch (BadRowException e) {
                refused.add(new StagedBlock.Refused(row.line(), e.getMessage()));
            }
        }
        return new StagedBlock(block.file(), block.rows().size(), staged, refused, block.last());
    }
}
