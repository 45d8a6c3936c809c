import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/primitives/NotFound';
import { CheckAnswers } from './CheckAnswers';
import { ChildrenList } from './ChildrenList';
import { QuestionRoute } from './QuestionPage';
import { ResumeChild, StartChild } from './StartAndResume';
import './questionnaire.css';

/**
 * /questions            the children answered for (start again, delete)
 * /questions/start      a new child
 * /questions/resume     carry on where the active child left off
 * /questions/:childId/check        check your answers
 * /questions/:childId/:questionId  one question
 */
export default function QuestionnaireRoutes() {
  return (
    <div className="feature-questionnaire">
      <Routes>
        <Route index element={<ChildrenList />} />
        <Route path="start" element={<StartChild />} />
        <Route path="resume" element={<ResumeChild />} />
        <Route path=":childId/check" element={<CheckAnswers />} />
        <Route path=":childId/:questionId" element={<QuestionRoute />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}
