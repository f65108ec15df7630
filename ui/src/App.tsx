import { Navigate, Route, Routes } from 'react-router';
import { TimelinePage } from './audit/TimelinePage';
import { WorkflowSearchPage } from './audit/WorkflowSearchPage';
import { ApprovalsPage } from './backoffice/ApprovalsPage';
import { ClaimFilePage } from './backoffice/ClaimFilePage';
import { HospitalisationChangesPage } from './backoffice/HospitalisationChangesPage';
import { MessagesInboxPage } from './backoffice/MessagesInboxPage';
import { WorkQueuePage } from './backoffice/WorkQueuePage';
import { ClaimDetailPage } from './claims/ClaimDetailPage';
import { ClaimListPage } from './claims/ClaimListPage';
import { DeclarationWizardPage } from './declarations/DeclarationWizardPage';
import { DeclarePage } from './declarations/DeclarePage';
import { DraftListPage } from './declarations/DraftListPage';
import { HelpPage } from './help/HelpPage';
import { PublicHelpPage } from './help/PublicHelpPage';
import { HospitalisationPage } from './hospitalisation/HospitalisationPage';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './layout/HomePage';
import { NotFoundPage } from './layout/NotFoundPage';
import { LoginPage } from './login/LoginPage';
import { MyDataPage } from './organisation/MyDataPage';
import { PolicyListPage } from './policies/PolicyListPage';
import { OrganisationChooserPage } from './session/OrganisationChooserPage';
import { RequireSession } from './session/RequireSession';

/**
 * The pages. A page the user's access does not allow still opens: the API refuses its data and the page
 * shows the refusal (the server decides, the menu only leaves it out).
 */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/login/help" element={<PublicHelpPage />} />
      <Route path="/organisation" element={<OrganisationChooserPage />} />
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="my-data" element={<MyDataPage />} />
          <Route path="policies" element={<PolicyListPage />} />
          <Route path="claims" element={<ClaimListPage />} />
          <Route path="claims/:claimId" element={<ClaimDetailPage />} />
          <Route path="declarations" element={<DraftListPage />} />
          <Route path="declarations/:declarationId" element={<DeclarationWizardPage />} />
          <Route path="declare" element={<DeclarePage />} />
          <Route path="hospitalisation" element={<HospitalisationPage />} />
          <Route path="help" element={<HelpPage />} />
          <Route path="backoffice/claims" element={<WorkQueuePage />} />
          <Route path="backoffice/claims/:claimId" element={<ClaimFilePage />} />
          <Route path="backoffice/approvals" element={<ApprovalsPage />} />
          <Route path="backoffice/hospitalisation-changes" element={<HospitalisationChangesPage />} />
          <Route path="backoffice/messages" element={<MessagesInboxPage />} />
          <Route path="audit/workflows" element={<WorkflowSearchPage />} />
          <Route path="audit/workflows/:workflowId" element={<TimelinePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
