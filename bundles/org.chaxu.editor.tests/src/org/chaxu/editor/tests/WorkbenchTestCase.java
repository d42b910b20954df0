// SPDX-License-Identifier: EPL-2.0
package org.chaxu.editor.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** What every editor test shares: builds only when the test asks, and no editor or job left behind. */
abstract class WorkbenchTestCase {

    @BeforeAll
    static void noAutoBuild() throws Exception {
        Editors.disableAutoBuild();
    }

    @AfterEach
    void closeEditorsAndWaitForJobs() {
        Editors.closeAll();
        Editors.waitForJobs();
    }
}
