import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Loading } from './layout/feedback';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './layout/HomePage';
import { NotFoundPage } from './layout/NotFoundPage';
import { LoginPage } from './login/LoginPage';
import { MyDataPage } from './organisation/MyDataPage';
import { OrganisationChooserPage } from './session/OrganisationChooserPage';
import { RequireSession } from './session/RequireSession';
import { lazyPage } from './layout/lazy-page';

// Loaded when first opened: staff screens, the wizard and the lists stay out of the login's download.
const TimelinePage = lazyPage(() => import('./audit/TimelinePage'), 'TimelinePage');
const WorkflowSearchPage = lazyPage(() => import('./audit/WorkflowSearchPage'), 'WorkflowSearchPage');
const ApprovalsPage = lazyPage(() => import('./backoffice/ApprovalsPage'), 'ApprovalsPage');
const ClaimFilePage = lazyPage(() => import('./backoffice/ClaimFilePage'), 'ClaimFilePage');
const HospitalisationChangesPage = lazyPage(() => import('./backoffice/HospitalisationChangesPage'), 'HospitalisationChangesPage');
const MessagesInboxPage = lazyPage(() => import('./backoffice/MessagesInboxPage'), 'MessagesInboxPage');
const PaymentBatchesPage = lazyPage(() => import('./backoffice/PaymentBatchesPage'), 'PaymentBatchesPage');
const WorkQueuePage = lazyPage(() => import('./backoffice/WorkQueuePage'), 'WorkQueuePage');
const DashboardPage = lazyPage(() => import('./backoffice/dashboard/DashboardPage'), 'DashboardPage');
const InvestigationsPage = lazyPage(() => import('./backoffice/InvestigationsPage'), 'InvestigationsPage');
const MyWorkPage = lazyPage(() => import('./backoffice/MyWorkPage'), 'MyWorkPage');
const AssignmentRulesPage = lazyPage(() => import('./backoffice/AssignmentRulesPage'), 'AssignmentRulesPage');
const CatastrophesPage = lazyPage(() => import('./backoffice/catastrophes/CatastrophesPage'), 'CatastrophesPage');
const CatastrophePage = lazyPage(() => import('./backoffice/catastrophes/CatastrophePage'), 'CatastrophePage');
const DeclarationWizardPage = lazyPage(() => import('./declarations/DeclarationWizardPage'), 'DeclarationWizardPage');
const DeclarePage = lazyPage(() => import('./declarations/DeclarePage'), 'DeclarePage');
const DraftListPage = lazyPage(() => import('./declarations/DraftListPage'), 'DraftListPage');
const HelpPage = lazyPage(() => import('./help/HelpPage'), 'HelpPage');
const PublicHelpPage = lazyPage(() => import('./help/PublicHelpPage'), 'PublicHelpPage');
const EidUnknownPage = lazyPage(() => import('./login/EidUnknownPage'), 'EidUnknownPage');
const HospitalisationPage = lazyPage(() => import('./hospitalisation/HospitalisationPage'), 'HospitalisationPage');
const UserAgreementPage = lazyPage(() => import('./user-agreement/UserAgreementPage'), 'UserAgreementPage');
const UserAgreementsInboxPage = lazyPage(() => import('./user-agreement/UserAgreementsInboxPage'), 'UserAgreementsInboxPage');
const ClaimDetailPage = lazyPage(() => import('./claims/ClaimDetailPage'), 'ClaimDetailPage');
const ClaimListPage = lazyPage(() => import('./claims/ClaimListPage'), 'ClaimListPage');
const PolicyListPage = lazyPage(() => import('./policies/PolicyListPage'), 'PolicyListPage');

/**
 * The pages. A page the user's access does not allow still opens: the API refuses its data and the page
 * shows the refusal (the server decides, the menu only leaves it out).
 */
export function App() {
  return (
    // Pages outside the frame (the public help) wait here; those inside wait in the frame's own Suspense.
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/login/help" element={<PublicHelpPage />} />
        <Route path="/login/eid/unknown" element={<EidUnknownPage />} />
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
            <Route path="user-agreement" element={<UserAgreementPage />} />
            <Route path="user-agreement/:agreementId" element={<UserAgreementPage />} />
            <Route path="help" element={<HelpPage />} />
            <Route path="backoffice/claims" element={<WorkQueuePage />} />
            <Route path="backoffice/claims/:claimId" element={<ClaimFilePage />} />
            <Route path="backoffice/approvals" element={<ApprovalsPage />} />
            <Route path="backoffice/payment-batches" element={<PaymentBatchesPage />} />
            <Route path="backoffice/hospitalisation-changes" element={<HospitalisationChangesPage />} />
            <Route path="backoffice/user-agreements" element={<UserAgreementsInboxPage />} />
            <Route path="backoffice/messages" element={<MessagesInboxPage />} />
            <Route path="backoffice/dashboard" element={<DashboardPage />} />
            <Route path="backoffice/investigations" element={<InvestigationsPage />} />
            <Route path="backoffice/my-work" element={<MyWorkPage />} />
            <Route path="backoffice/assignment-rules" element={<AssignmentRulesPage />} />
            <Route path="backoffice/catastrophes" element={<CatastrophesPage />} />
            <Route path="backoffice/catastrophes/:catastropheId" element={<CatastrophePage />} />
            <Route path="audit/workflows" element={<WorkflowSearchPage />} />
            <Route path="audit/workflows/:workflowId" element={<TimelinePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Suspense>
  );
}
