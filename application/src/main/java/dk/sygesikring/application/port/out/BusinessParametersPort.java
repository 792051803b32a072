package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.doctorchoice.DistanceLimit;

/** The global business parameters for all 98 municipalities (CFG-1). */
public interface BusinessParametersPort {

    /** How far from the person's address the personal choice list looks (DOC-2). */
    DistanceLimit choiceListDistanceLimit();
}
