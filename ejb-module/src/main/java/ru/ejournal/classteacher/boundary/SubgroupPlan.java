package ru.ejournal.classteacher.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** One subgroup as the class teacher plans it: name, teacher and members (id null for a new one). */
public record SubgroupPlan(
        Long id,

        @NotBlank(message = "{classteacher.subgroup.name.required}")
        @Size(max = 200, message = "{classteacher.subgroup.name.size}")
        String name,

        @NotNull(message = "{classteacher.subgroup.teacher.required}")
        Long teacherId,

        @NotNull List<Long> memberIds)
        implements Serializable {}
